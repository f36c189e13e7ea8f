package org.casebook.prooflife;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.footage.FootageComparison;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Footage",
        description = "Keyframes, perceptual hashes and comparison of video answers in the evidence store")
class FootageApiController {
    private final FootageAnalyses analyses;

    FootageApiController(FootageAnalyses analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/api/v1/footage/{sha256}/keyframes")
    @Operation(summary = "The keyframes of an H.264/MP4 evidence file: index, time and 64-bit perceptual hash")
    List<Map<String, Object>> keyframes(@PathVariable String sha256) {
        return analyses.keyframes(sha256, CurrentUser.name()).frames().stream()
                .map(f -> Map.<String, Object>of(
                        "index", f.index(), "seconds", f.seconds(), "hash", FootagePage.hex(f.hash())))
                .toList();
    }

    @GetMapping("/api/v1/footage/compare")
    @Operation(summary = "Frame by frame: which frames of two copies match, are missing, inserted or changed")
    List<FootageComparison.Segment> compare(@RequestParam String a, @RequestParam String b) {
        return analyses.compare(a, b, CurrentUser.name());
    }
}
