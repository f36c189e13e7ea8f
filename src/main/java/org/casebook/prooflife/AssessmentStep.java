package org.casebook.prooflife;

/**
 * The steps of assessing an answer, after the Berkeley Protocol on Digital Open Source Investigations; the
 * conclusion comes last and becomes a claim.
 */
public enum AssessmentStep {
    /** The first upload found, by whom and when, and the copies found. */
    provenance,
    /** Who is behind the source, their record and their interest. */
    source_analysis,
    /** The file itself: metadata, encoding, signs of editing. */
    technical_analysis,
    /** Place, date, identity, and signs of coercion: scripted speech, visible injuries, a staged setting. */
    content_analysis,
    conclusion
}
