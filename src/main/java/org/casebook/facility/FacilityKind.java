package org.casebook.facility;

/** What a facility is, as documenters classify it; the state's framing ("school") is a claim, never a kind. */
public enum FacilityKind {
    reeducation_camp,
    detention_centre,
    prison,
    forced_labour,
    other
}
