package org.casebook.ingest;

import java.util.List;

/**
 * What reading an article proposes, for an editor to accept, correct or reject; nothing here is saved. Offsets
 * are character offsets into the article text as given.
 */
public record Extraction(
        List<PersonProposal> persons,
        List<OrganisationProposal> organisations,
        List<QuoteProposal> quotes,
        List<AttributionProposal> attributions,
        List<ClaimProposal> claims,
        long millis) {
    /** What an article has before it is read. */
    static final Extraction NOTHING_YET = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), 0);

    public Extraction {
        // Articles read before organisations were proposed have none stored.
        organisations = organisations == null ? List.of() : organisations;
    }

    /** An organisation, government or outlet named in the article (a ministry, a state broadcaster, a conservatory). */
    public record OrganisationProposal(String name, List<Span> mentions) {}

    public record Span(int start, int end) {}

    /** A person named in the article, with a title or role when the text gives one. */
    public record PersonProposal(String name, String role, List<Span> mentions) {}

    public record QuoteProposal(String text, String speaker, Span span) {}

    /** "X said / denied / disputed / doubted that …": who, the cue word, the stance it gives, and the sentence. */
    public record AttributionProposal(String asserter, String cue, String stance, Span sentence) {}

    /**
     * A claim about a person's fate. {@code subject} is a person's name, or null when it concerns a group
     * ({@code subjectText} then says which); the event date is ISO (day, month or year) or null. Term, charge and
     * facility are as written in the article, when found; inCustody says a death was in custody.
     */
    public record ClaimProposal(
            String subject,
            String subjectText,
            String type,
            String asserter,
            String stance,
            String eventDate,
            String cue,
            String sentence,
            Span evidence,
            String term,
            String charge,
            String facility,
            boolean inCustody) {}
}
