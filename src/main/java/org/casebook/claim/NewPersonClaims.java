package org.casebook.claim;

import java.util.List;
import org.casebook.status.DerivedStatus;

/**
 * The first claims of persons about to be written ({@link ClaimEdits#forNewPersons}), one entry per person.
 *
 * @param ids      each claim's id, taken for {@link ClaimEdits#createMany(List, List, String)}; null for a person without
 *                 one
 * @param statuses each person's status with that claim as its only one, to write with the person
 */
public record NewPersonClaims(List<Long> ids, List<DerivedStatus> statuses) {}
