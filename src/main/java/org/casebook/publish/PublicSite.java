package org.casebook.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.claim.PublishedCase;
import org.casebook.claim.PublishedClaim;
import org.casebook.claim.PublishedClaims;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.casebook.records.InvalidInput;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.casebook.search.SearchIndex;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.casebook.status.DerivedStatus;
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

    PublicSite(PublishedPersons persons, PublishedClaims claims, PublishedSources sources, SearchIndex index) {
        this.persons = persons;
        this.claims = claims;
        this.sources = sources;
        this.index = index;
    }

    public record PersonHit(PublishedPerson person, String status) {}

    public record SourcePage(PublishedSource source, List<PublishedClaim> claims) {}

    public PageOf<PersonHit> search(String q, int page) {
        if (page < 0 || page > 500) {
            throw new InvalidInput("page", "must be between 0 and 500");
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInput("q", "must be at most 200 characters");
        }
        PageOf<PublishedPerson> found;
        if (q == null || q.isBlank()) {
            found = persons.list(page, PAGE_SIZE);
        } else {
            PageOf<String> ids = index.searchPublished(q.strip(), page, PAGE_SIZE);
            found = new PageOf<>(persons.byPublicIds(ids.items()), page, PAGE_SIZE, ids.total());
        }
        Map<String, DerivedStatus> statuses = claims.statuses(
                found.items().stream().map(PublishedPerson::publicId).toList());
        return found.map(p -> new PersonHit(
                p,
                Optional.ofNullable(statuses.get(p.publicId()))
                        .map(s -> s.status().name())
                        .orElse("unknown")));
    }

    public PublishedCase person(String publicId) {
        return claims.forPerson(publicId).orElseThrow(() -> RecordNotFound.notPublished("person"));
    }

    public SourcePage source(long id) {
        PublishedSource source = sources.find(id).orElseThrow(() -> RecordNotFound.notPublished("source"));
        return new SourcePage(source, claims.fromSource(id));
    }
}
