/**
 * Merkle proofs, tree heads and the bundle format: pure code that an outside verifier can run without Casebook's
 * database, so other modules (publish, evidence, audit) may use it directly.
 */
@NamedInterface("proof")
package org.casebook.ledger.proof;

import org.springframework.modulith.NamedInterface;
