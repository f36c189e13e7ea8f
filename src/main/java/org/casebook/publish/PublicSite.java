package org.casebook.publish;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.claim.PublishedCase;
import org.casebook.claim.PublishedClaim;
import org.casebook.claim.PublishedClaims;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidencePublication;
import org.casebook.evidence.EvidencePublication.PublishedFile;
import org.casebook.evidence.EvidenceStore;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.RevisionLog;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.casebook.records.InvalidInput;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.casebook.search.SearchIndex;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.springframework.stereotype.Service;

/**
 * Everything the public site and public API can reach, and nothing else: each method returns published, redacted
 * records (see docs/redaction.md). A record that exists but is not published is "not found", exactly like one
 * that does not exist, so the public surface cannot be used to learn what is held internally.
 */
@Service
public class PublicSite {
    static final int PAGE_SIZE = 20;
    private final PublishedPersons persons;
    private final PublishedClaims claims;
    private final PublishedSources sources;
    private final SearchIndex index;
    private final RevisionLog revisions;
    private final EvidenceStore evidence;
    private final EvidencePublication publication;

    PublicSite(
            PublishedPersons persons,
            PublishedClaims claims,
            PublishedSources sources,
            SearchIndex index,
            RevisionLog revisions,
            EvidenceStore evidence,
            EvidencePublication publication) {
        this.persons = persons;
        this.claims = claims;
        this.sources = sources;
        this.index = index;
        this.revisions = revisions;
        this.evidence = evidence;
        this.publication = publication;
    }

    /** @param matched the name that answered the query (in whatever script), or null when there was no query */
    public record PersonHit(PublishedPerson person, String status, String matched) {}

    /**
     * One page of the public search, with the public facets' values among all matches.
     *
     * @param filters   the facet values chosen, by dimension (and {@link SearchIndex#ANY_WORD} when chosen)
     * @param everyWord whether only names answering every word of the query were matched
     */
    public record SearchPage(
            String q,
            PageOf<PersonHit> results,
            Map<String, Map<String, Integer>> facets,
            Map<String, String> filters,
            boolean everyWord) {

        /** This search's address at another page, or with one facet set (value) or cleared (null). */
        public String link(String path, int page, String dimension, String value) {
            Map<String, String> params = new LinkedHashMap<>();
            if (q != null && !q.isBlank()) {
                params.put("q", q);
            }
            params.putAll(filters);
            if (dimension != null) {
                if (value == null) {
                    params.remove(dimension);
                } else {
                    params.put(dimension, value);
                }
            }
            if (page > 0) {
                params.put("page", String.valueOf(page));
            }
            StringBuilder link = new StringBuilder(path);
            params.forEach((name, v) -> link.append(link.indexOf("?") < 0 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return link.toString();
        }
    }

    /**
     * @param personNames the display name of each person the claims are about, by public id
     * @param copies      the archived copies Casebook holds of this source, by hash only (never for a testimony)
     */
    public record SourcePage(
            PublishedSource source,
            List<PublishedClaim> claims,
            Map<String, String> personNames,
            List<ArchivedCopy> copies,
            List<PublishedFile> files) {

        /** The files an editor made public, beside the claims and the source. */
        public PublicFiles shown() {
            return new PublicFiles(files);
        }
    }

    /** A published person's case and the public files beside its claims: the public API's answer. */
    public record PublicCase(@JsonUnwrapped PublishedCase record, List<PublishedFile> files) {
        public PublicFiles shown() {
            return new PublicFiles(files);
        }
    }

    /** An archived copy of a source: what anyone holding a copy can check theirs against. Not the file itself. */
    public record ArchivedCopy(String sha256, String mediaType, long size) {}

    /** A record with how to cite it; the citation is absent only for a record with no revision (never, in use). */
    public record Cited<T>(T record, RevisionLog.Citation citation) {}

    /** The public search, by name in any script and by public facets; an empty query lists everyone published. */
    public SearchPage search(String q, Map<String, String> filters, int page, int size) {
        if (page < 0 || page > 500) {
            throw new InvalidInput("page", "must be between 0 and 500", "error.range", "min", 0, "max", 500);
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInput("q", "must be at most 200 characters", "error.tooLong", "max", 200);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        filters.forEach((dimension, value) -> {
            if (SearchIndex.PUBLIC_DIMENSIONS.contains(dimension) && value != null && !value.isBlank()) {
                if (value.length() > 200) {
                    throw new InvalidInput(dimension, "must be at most 200 characters", "error.tooLong", "max", 200);
                }
                chosen.put(dimension, value.strip());
            }
        });
        if ("any".equals(filters.get(SearchIndex.ANY_WORD))) {
            chosen.put(SearchIndex.ANY_WORD, "any");
        }
        String query = q == null ? "" : q.strip();
        SearchIndex.PublicResult found = index.searchPublic(query, chosen, page, size);
        List<PublishedPersons.Found> read = persons.withIds(found.ids());
        List<PublishedPerson> people =
                read.stream().map(PublishedPersons.Found::person).toList();
        PageOf<PersonHit> results = new PageOf<>(
                people.stream()
                        .map(p -> new PersonHit(
                                p,
                                Objects.requireNonNullElse(found.statuses().get(p.publicId()), "unknown"),
                                query.isEmpty()
                                        ? null
                                        : SearchIndex.bestMatching(
                                                query,
                                                p.names().stream()
                                                        .map(PublishedPerson.Name::text)
                                                        .toList())))
                        .toList(),
                page,
                size,
                found.total());
        return new SearchPage(query, results, found.facets(), chosen, found.everyWord());
    }

    public PublicCase person(String publicId) {
        PublishedCase shown = claims.forPerson(publicId).orElseThrow(() -> RecordNotFound.notPublished("person"));
        return new PublicCase(shown, files(List.of(), shown.claims(), false).all());
    }

    /** A published person, with the internal id the other capabilities' published views read by. */
    PublishedPersons.Found publishedPerson(String publicId) {
        return persons.findWithId(publicId).orElseThrow(() -> RecordNotFound.notPublished("person"));
    }

    Cited<PublicCase> citedPerson(PublishedPersons.Found found) {
        PublishedCase shown = claims.forPerson(found);
        return new Cited<>(
                new PublicCase(shown, files(List.of(), shown.claims(), false).all()),
                revisions
                        .cite(RecordType.person, found.id(), Map.of(RecordType.claim, claimIds(shown.claims())))
                        .orElse(null));
    }

    Cited<SourcePage> citedSource(long id) {
        SourcePage found = source(id);
        return new Cited<>(
                found,
                revisions
                        .cite(RecordType.source, id, Map.of(RecordType.claim, claimIds(found.claims())))
                        .orElse(null));
    }

    private static List<Long> claimIds(List<PublishedClaim> claims) {
        return claims.stream().map(PublishedClaim::id).toList();
    }

    public SourcePage source(long id) {
        PublishedSource source = sources.find(id).orElseThrow(() -> RecordNotFound.notPublished("source"));
        List<PublishedClaim> taken = claims.fromSource(id);
        Map<String, String> names = new LinkedHashMap<>();
        persons.byPublicIds(taken.stream()
                        .map(PublishedClaim::personPublicId)
                        .distinct()
                        .toList())
                .forEach(p -> names.put(p.publicId(), p.displayName()));
        List<ArchivedCopy> copies = !source.filesNameable()
                ? List.of()
                : evidence.attachedTo(List.of(id), List.of()).stream()
                        .map(e -> new ArchivedCopy(e.sha256(), e.mediaType(), e.size()))
                        .toList();
        List<Long> own = source.filesNameable() ? List.of(id) : List.of();
        return new SourcePage(
                source, taken, names, copies, files(own, taken, false).all());
    }

    /**
     * The public files beside these published claims and sources. {@code withPlace} gives where each file says it
     * was made: the point of a satellite image of a facility, never beside a person (it may be a family's home).
     */
    PublicFiles files(List<Long> sourceIds, List<PublishedClaim> shown, boolean withPlace) {
        return new PublicFiles(publication.attachedTo(
                sourceIds, shown.stream().map(PublishedClaim::id).toList(), withPlace));
    }

    /**
     * A public file, when an editor made it public and it supports a published record (a claim the public sees, or
     * a published source other than a testimony); otherwise "not found", as for anything unpublished.
     */
    Evidence publicFile(String sha256) {
        Evidence file = publication.published(sha256).orElseThrow(() -> RecordNotFound.notPublished("evidence"));
        EvidencePublication.Attachments attached = publication.attachments(file);
        boolean shown = !claims.visible(attached.claims()).isEmpty()
                || sources.byIds(attached.sources()).values().stream().anyMatch(PublishedSource::filesNameable);
        if (!shown) {
            throw RecordNotFound.notPublished("evidence");
        }
        return file;
    }
}
