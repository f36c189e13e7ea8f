package org.casebook.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "Lists", description = "Lists of persons from spreadsheets, leaks and other registers")
class ListApiController {
    private final ListDryRun dryRun;

    ListApiController(ListDryRun dryRun) {
        this.dryRun = dryRun;
    }

    @PostMapping(
            value = "/dry-run",
            consumes = {"text/csv", "application/octet-stream", "text/plain"})
    @Operation(
            summary = "What importing a CSV list would do, saving nothing",
            description = "The encoding is found from the bytes; the columns from the header (Casebook's export, a"
                    + " Chinese police list, spreadsheets in Uyghur, Turkish, Russian, Kazakh or English). Each row is"
                    + " checked as a new person would be and looked for among the record and the earlier rows by the"
                    + " import's own check (editors only, as importing is):"
                    + " counts of new persons, likely the same, needs review, repeated rows and refused rows, with the"
                    + " first 200 rows' outcomes. Up to 10,000 rows and 1 MiB per request.")
    ListDryRun.Result dryRun(@RequestBody byte[] body) throws IOException {
        return dryRun.run(new ByteArrayInputStream(body));
    }
}
