package org.casebook.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The RFC 6962 known-answer vectors of transparency-dev/merkle and Trillian (see test resources ledger/README.md). */
class MerkleConformanceTest {
    static JsonNode vectors;
    static List<byte[]> leaves = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = MerkleConformanceTest.class.getResourceAsStream("/ledger/rfc6962-merkle-vectors.json")) {
            vectors = JsonMapper.builder().build().readTree(in);
        }
        for (JsonNode leaf : vectors.get("leaves_hex")) {
            leaves.add(Merkle.leafHash(Hex.parse(leaf.asString())));
        }
    }

    static byte[] root(long size) {
        return Hex.parse(
                vectors.get("roots_by_tree_size").get(String.valueOf(size)).asString());
    }

    static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(h -> out.add(Hex.parse(h.asString())));
        return out;
    }

    @Test
    void reproducesEveryReferenceRoot() {
        for (int size = 0; size <= leaves.size(); size++) {
            assertThat(Hex.of(Merkle.root(Merkle.over(leaves), size)))
                    .as("root of size %d", size)
                    .isEqualTo(Hex.of(root(size)));
            CompactRange range = new CompactRange();
            leaves.subList(0, size).forEach(range::append);
            assertThat(Hex.of(range.root())).as("compact root of size %d", size).isEqualTo(Hex.of(root(size)));
        }
    }

    @Test
    void reproducesAndAcceptsEveryReferenceInclusionProof() {
        for (JsonNode v : vectors.get("inclusion_proofs")) {
            long index = v.get("leaf_index").asLong();
            long size = v.get("tree_size").asLong();
            List<byte[]> expected = hashes(v.get("proof"));
            assertThat(Merkle.inclusionProof(Merkle.over(leaves), index, size))
                    .extracting(Hex::of)
                    .containsExactlyElementsOf(expected.stream().map(Hex::of).toList());
            assertThat(ProofCheck.inclusion(leaves.get((int) index), index, size, root(size), expected)
                            .holds())
                    .as("leaf %d size %d", index, size)
                    .isTrue();
        }
    }

    @Test
    void reproducesAndAcceptsEveryReferenceConsistencyProof() {
        for (JsonNode v : vectors.get("consistency_proofs")) {
            long size1 = v.get("size1").asLong();
            long size2 = v.get("size2").asLong();
            List<byte[]> expected = hashes(v.get("proof"));
            assertThat(Merkle.consistencyProof(Merkle.over(leaves), size1, size2))
                    .extracting(Hex::of)
                    .containsExactlyElementsOf(expected.stream().map(Hex::of).toList());
            assertThat(ProofCheck.consistency(size1, size2, root(size1), root(size2), expected)
                            .holds())
                    .as("%d to %d", size1, size2)
                    .isTrue();
        }
    }

    @Test
    void rejectsAlteredInclusionProofs() {
        for (JsonNode v : vectors.get("inclusion_proofs")) {
            long index = v.get("leaf_index").asLong();
            long size = v.get("tree_size").asLong();
            List<byte[]> proof = hashes(v.get("proof"));
            byte[] leaf = leaves.get((int) index);
            byte[] wrongLeaf = Merkle.leafHash(new byte[] {42});
            assertThat(ProofCheck.inclusion(wrongLeaf, index, size, root(size), proof)
                            .holds())
                    .isFalse();
            assertThat(ProofCheck.inclusion(leaf, index + 1, size, root(size), proof)
                            .holds())
                    .isFalse();
            // A size is only meaningful with its own root (the signed tree head binds the two).
            if (size < 8) {
                assertThat(ProofCheck.inclusion(leaf, index, size + 1, root(size + 1), proof)
                                .holds())
                        .isFalse();
            }
            assertThat(ProofCheck.inclusion(leaf, index, index, root(size), proof)
                            .holds())
                    .isFalse();
            assertThat(ProofCheck.inclusion(leaf, index, size, root(size == 8 ? 7 : size + 1), proof)
                            .holds())
                    .isFalse();
            List<byte[]> tooLong = new ArrayList<>(proof);
            tooLong.add(leaf);
            assertThat(ProofCheck.inclusion(leaf, index, size, root(size), tooLong)
                            .holds())
                    .isFalse();
            if (!proof.isEmpty()) {
                assertThat(ProofCheck.inclusion(leaf, index, size, root(size), proof.subList(0, proof.size() - 1))
                                .holds())
                        .isFalse();
                for (int i = 0; i < proof.size(); i++) {
                    List<byte[]> changed = new ArrayList<>(proof);
                    byte[] flipped = proof.get(i).clone();
                    flipped[0] ^= 1;
                    changed.set(i, flipped);
                    assertThat(ProofCheck.inclusion(leaf, index, size, root(size), changed)
                                    .holds())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void rejectsAlteredConsistencyProofs() {
        for (JsonNode v : vectors.get("consistency_proofs")) {
            long size1 = v.get("size1").asLong();
            long size2 = v.get("size2").asLong();
            List<byte[]> proof = hashes(v.get("proof"));
            if (size1 == size2) {
                assertThat(ProofCheck.consistency(size1, size2, root(size1), root(size2), List.of(root(1)))
                                .holds())
                        .isFalse();
                continue;
            }
            assertThat(ProofCheck.consistency(size1, size2, root(size1), root(size2), List.of())
                            .holds())
                    .isFalse();
            assertThat(ProofCheck.consistency(size1 + 1, size2, root(size1 + 1), root(size2), proof)
                            .holds())
                    .isFalse();
            assertThat(ProofCheck.consistency(size1, size2 - 1, root(size1), root(size2 - 1), proof)
                            .holds())
                    .isFalse();
            assertThat(ProofCheck.consistency(size1, size2, root(size2), root(size2), proof)
                            .holds())
                    .isFalse();
            List<byte[]> tooLong = new ArrayList<>(proof);
            tooLong.add(root(1));
            assertThat(ProofCheck.consistency(size1, size2, root(size1), root(size2), tooLong)
                            .holds())
                    .isFalse();
            assertThat(ProofCheck.consistency(
                                    size1, size2, root(size1), root(size2), proof.subList(0, proof.size() - 1))
                            .holds())
                    .isFalse();
            for (int i = 0; i < proof.size(); i++) {
                List<byte[]> changed = new ArrayList<>(proof);
                byte[] flipped = proof.get(i).clone();
                flipped[31] ^= 0x80;
                changed.set(i, flipped);
                assertThat(ProofCheck.consistency(size1, size2, root(size1), root(size2), changed)
                                .holds())
                        .isFalse();
            }
        }
    }

    @Test
    void proofsOverLargerTreesRoundTrip() {
        List<byte[]> many = new ArrayList<>();
        CompactRange range = new CompactRange();
        for (int i = 0; i < 70; i++) {
            many.add(Merkle.leafHash(new byte[] {(byte) i, 7}));
            range.append(many.getLast());
        }
        Merkle.Subtrees tree = Merkle.over(many);
        for (long size = 1; size <= 70; size++) {
            byte[] root = Merkle.root(tree, size);
            for (long index = 0; index < size; index += 7) {
                assertThat(ProofCheck.inclusion(
                                        many.get((int) index),
                                        index,
                                        size,
                                        root,
                                        Merkle.inclusionProof(tree, index, size))
                                .holds())
                        .isTrue();
            }
            for (long first = 1; first <= size; first += 5) {
                assertThat(ProofCheck.consistency(
                                        first,
                                        size,
                                        Merkle.root(tree, first),
                                        root,
                                        Merkle.consistencyProof(tree, first, size))
                                .holds())
                        .as("%d→%d", first, size)
                        .isTrue();
            }
        }
        assertThat(range.root()).isEqualTo(Merkle.root(tree, 70));
    }
}
