package org.casebook.prooflife;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.casebook.person.PublishedPersons;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.springframework.stereotype.Component;

/**
 * The public form of proof-of-life requests: published ones about published persons, a relative never named, the
 * answer's source only when that source is published. The #MeTooUyghur list: the longest unanswered first.
 */
@Component
public class PublicLifeRequests {
    /** One request as the public sees it; {@code askerName} is null for a relative. */
    public record PublicLifeRequest(
            long id,
            String personId,
            String personName,
            String askerKind,
            String askerName,
            String addresseeKind,
            String addresseeName,
            LocalDate askedOn,
            String channel,
            String campaignUrl,
            String state,
            LocalDate answeredOn,
            String answerKind,
            PublishedSource answerSource,
            String assessment,
            long daysWaited,
            boolean answered) {}

    /** What the list counts. */
    public record Counts(long made, long answered, long unanswered, long credible, long notCredible) {}

    private final LifeRequestService requests;
    private final PublishedPersons persons;
    private final PublishedSources sources;
    private final Clock clock;

    PublicLifeRequests(LifeRequestService requests, PublishedPersons persons, PublishedSources sources, Clock clock) {
        this.requests = requests;
        this.persons = persons;
        this.sources = sources;
        this.clock = clock;
    }

    /** Unanswered first, the longest waiting first; then the answered, the longest waited first. */
    public List<PublicLifeRequest> all() {
        List<LifeRequest> published = requests.published();
        Map<Long, String> publicIds = persons.publicIdsOf(
                published.stream().map(LifeRequest::personId).toList());
        Map<String, String> names = new HashMap<>();
        persons.byPublicIds(List.copyOf(publicIds.values())).forEach(p -> names.put(p.publicId(), p.displayName()));
        return shown(published, id -> {
            String publicId = publicIds.get(id);
            return publicId == null ? null : new Named(publicId, names.get(publicId));
        });
    }

    /** A published person's requests, in the order of {@link #all()}; no query about anyone else. */
    public List<PublicLifeRequest> forPerson(PublishedPersons.Found person) {
        List<LifeRequest> published = requests.published(person.id());
        if (published.isEmpty()) {
            return List.of();
        }
        Named named = new Named(person.person().publicId(), person.person().displayName());
        return shown(published, id -> named);
    }

    private record Named(String publicId, String name) {}

    private List<PublicLifeRequest> shown(List<LifeRequest> published, LongFunction<Named> person) {
        Map<Long, PublishedSource> answers = sources.byIds(published.stream()
                .map(LifeRequest::answerSourceId)
                .filter(id -> id != null)
                .toList());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<PublicLifeRequest> shown = new ArrayList<>();
        for (LifeRequest r : published) {
            Named named = person.apply(r.personId());
            if (named != null) {
                shown.add(of(r, named.publicId(), named.name(), answers, today));
            }
        }
        shown.sort(Comparator.comparing(PublicLifeRequest::answered)
                .thenComparing(
                        Comparator.comparingLong(PublicLifeRequest::daysWaited).reversed()));
        return shown;
    }

    public static Counts counts(List<PublicLifeRequest> shown) {
        long answered = shown.stream().filter(PublicLifeRequest::answered).count();
        return new Counts(
                shown.size(),
                answered,
                shown.size() - answered,
                shown.stream().filter(r -> "credible".equals(r.assessment())).count(),
                shown.stream()
                        .filter(r -> "not_credible".equals(r.assessment()))
                        .count());
    }

    private static PublicLifeRequest of(
            LifeRequest r, String publicId, String name, Map<Long, PublishedSource> answers, LocalDate today) {
        return new PublicLifeRequest(
                r.id(),
                publicId,
                name,
                r.askerKind().name(),
                r.askerKind() == AskerKind.relative ? null : r.askerName(),
                r.addresseeKind().name(),
                r.addresseeName(),
                r.askedOn(),
                r.channel(),
                r.campaignUrl(),
                r.state().name(),
                r.answeredOn(),
                r.answerKind() == null ? null : r.answerKind().name(),
                r.answerSourceId() == null ? null : answers.get(r.answerSourceId()),
                r.assessment() == null ? null : r.assessment().name(),
                r.daysWaited(today),
                r.state().answered());
    }
}
