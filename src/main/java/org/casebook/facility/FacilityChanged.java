package org.casebook.facility;

/** A facility changed, or the status its claims give did: the public map's copy is stale. */
public record FacilityChanged(long facilityId) {}
