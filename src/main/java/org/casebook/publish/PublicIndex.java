package org.casebook.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.claim.PublishedClaims;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.casebook.status.DerivedStatus;
import org.casebook.web.Links;
import org.springframework.stereotype.Service;

/**
 * What lists the public record for machines: the sitemap's pages of addresses and the feed of newly published and
 * changed records. Built only from the published views, so neither can name a record the public site would not show.
 */
@Service
class PublicIndex {
    static final int SITEMAP_SIZE = 10_000;
    static final int FEED_SIZE = 50;
    /** How far back the feed looks for its entries, in revisions, so a burst of internal edits cannot make it slow. */
    private static final int FEED_SCAN = 5_000;

    private final PublishedPersons persons;
    private final PublishedSources sources;
    private final PublishedClaims claims;
    private final RevisionLog revisions;

    PublicIndex(PublishedPersons persons, PublishedSources sources, PublishedClaims claims, RevisionLog revisions) {
        this.persons = persons;
        this.sources = sources;
        this.claims = claims;
        this.revisions = revisions;
    }

    /** One address of the sitemap, with when its record last changed (null for pages that are not records). */
    record Address(String path, Instant lastChanged) {}

    long personPages() {
        return (persons.count() + SITEMAP_SIZE - 1) / SITEMAP_SIZE;
    }

    long sourcePages() {
        return (sources.count() + SITEMAP_SIZE - 1) / SITEMAP_SIZE;
    }

    List<Address> personAddresses(int page) {
        Map<Long, String> ids = persons.idsPage(page, SITEMAP_SIZE);
        Map<Long, Instant> changed = revisions.lastChanged(RecordType.person, ids.keySet());
        List<Address> out = new ArrayList<>();
        ids.forEach((id, publicId) -> out.add(new Address(Links.publicPerson(publicId), changed.get(id))));
        return out;
    }

    List<Address> sourceAddresses(int page) {
        List<Long> ids = sources.idsPage(page, SITEMAP_SIZE);
        Map<Long, Instant> changed = revisions.lastChanged(RecordType.source, ids);
        return ids.stream()
                .map(id -> new Address(Links.publicSource(id), changed.get(id)))
                .toList();
    }

    /**
     * @param summary for a person, their public status code; for a source, its kind
     */
    record FeedEntry(String path, String title, Instant updated, String summary) {}

    /** The records most recently published or changed, newest first, each once. */
    List<FeedEntry> feed() {
        Map<String, Instant> personChanges = new LinkedHashMap<>();
        Map<Long, Instant> sourceChanges = new LinkedHashMap<>();
        long before = Long.MAX_VALUE;
        int scanned = 0;
        while (personChanges.size() + sourceChanges.size() < FEED_SIZE && scanned < FEED_SCAN) {
            List<Revision> batch =
                    revisions.newest(List.of(RecordType.person, RecordType.claim, RecordType.source), before, 500);
            if (batch.isEmpty()) {
                break;
            }
            scanned += batch.size();
            before = batch.getLast().id();
            Map<Long, String> personOf = persons.publicIdsOf(idsOf(batch, RecordType.person));
            Map<Long, String> claimPerson = claims.personsOf(idsOf(batch, RecordType.claim));
            Map<Long, PublishedSource> published = sources.byIds(idsOf(batch, RecordType.source));
            for (Revision r : batch) {
                String publicId = switch (r.recordType()) {
                    case person -> personOf.get(r.recordId());
                    case claim -> claimPerson.get(r.recordId());
                    default -> null;
                };
                if (publicId != null) {
                    personChanges.putIfAbsent(publicId, r.recordedAt());
                } else if (r.recordType() == RecordType.source && published.containsKey(r.recordId())) {
                    sourceChanges.putIfAbsent(r.recordId(), r.recordedAt());
                }
            }
        }
        List<FeedEntry> entries = new ArrayList<>();
        List<String> publicIds = new ArrayList<>(personChanges.keySet());
        Map<String, DerivedStatus> statuses = claims.statuses(publicIds);
        for (PublishedPerson p : persons.byPublicIds(publicIds)) {
            DerivedStatus status = statuses.get(p.publicId());
            entries.add(new FeedEntry(
                    Links.publicPerson(p.publicId()),
                    p.displayName(),
                    personChanges.get(p.publicId()),
                    status == null ? "unknown" : status.status().name()));
        }
        sources.byIds(sourceChanges.keySet())
                .values()
                .forEach(s -> entries.add(
                        new FeedEntry(Links.publicSource(s.id()), s.title(), sourceChanges.get(s.id()), s.kind())));
        entries.sort((a, b) -> b.updated().compareTo(a.updated()));
        return entries.size() > FEED_SIZE ? entries.subList(0, FEED_SIZE) : entries;
    }

    private static List<Long> idsOf(List<Revision> batch, RecordType type) {
        return batch.stream()
                .filter(r -> r.recordType() == type)
                .map(Revision::recordId)
                .distinct()
                .toList();
    }
}
