package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.claim.DerivedStatuses;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.status.PersonStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A leaked list imported as one batch: each row's outcome, duplicates through the one door, undoing; a spreadsheet. The
 * chunks of a long list: {@link ListImportChunksTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListImportTest {
    private static final String SOURCE = "?kind=leak&title=A+police+list&publisher=Kashgar+police&party=state";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonService persons;

    @Autowired
    DerivedStatuses statuses;

    private String detail(long importId, int line) {
        return jdbc.sql("select detail from list_import_row where import_id = :id and line = :line")
                .param("id", importId)
                .param("line", line)
                .query(String.class)
                .single();
    }

    @Test
    void aPoliceListIsImportedRowByRowWithEachOutcomeKeptAndCanBeUndone() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        // Someone documented whom no other test names: the list's first row is that person.
        String documented = DocumentedPersons.create(editor, "Memtimin Sadirdin Qaraqashi", 1963);
        String list = "姓名,性别,身份证号,出生日期,状态,日期,原因,籍贯\r\n"
                + "Memtimin Sadirdin Qaraqashi,男,,1963-01-01,,,,\r\n"
                + "Zebinisa Yaltirqiz Quyashbek,女,653121198507074322,1980-01-01,释放,2019年3月,宗教,\r\n"
                + "Zebinisa Quyashbek,女,653121198507074322,1980-01-01,,,,\r\n"
                + "Bad Number,男,653121198507074321,1980-01-01,,,,\r\n"
                + "Too,many,cells,in,this,row,here,and,more\r\n"
                + "Yalqunjanbek Sepertayoghli,男,,1975,不明白,,,\r\n"
                + "Perhatbek Atlantisov,男,,1981,,,,Atlantis\r\n";
        long sourcesBefore = count("source");
        HttpApi.Reply uploaded = editor.postBytes(
                "/api/v1/imports" + SOURCE + "&claimType=detained&credibility=2&filename=list.csv&obtained=insider",
                "text/csv",
                list.getBytes(Charset.forName("GB18030")));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("list").get("id").asLong();
        assertThat(uploaded.json().get("list").get("encoding").asString()).isEqualTo("GB18030");
        assertThat(uploaded.json().get("list").get("rowsTotal").asInt()).isEqualTo(7);
        assertThat(uploaded.json().get("list").get("state").asString()).isEqualTo("ready");

        JsonNode preview = editor.get("/api/v1/imports/" + id + "/preview").json();
        assertThat(preview.get(3).get("problems").get("national_id").get("key").asString())
                .isEqualTo("error.nationalIdCheck");
        assertThat(preview.get(4).get("problem").asString()).isEqualTo("app.lists.error.width");

        HttpApi.Reply none = editor.get("/api/v1/imports/" + id + "/dry-run");
        assertThat(none.status()).as("no dry run yet").isEqualTo(404);
        assertThat(none.json().get("status").asInt()).as("problem details").isEqualTo(404);
        HttpApi.Reply begun = editor.post("/api/v1/imports/" + id + "/dry-run", Map.of());
        assertThat(begun.status()).as(begun.body()).isEqualTo(202);
        assertThat(begun.json().get("phase").asString()).isIn("waiting", "reading", "judging", "done");
        JsonNode progress = begun.json();
        for (int i = 0; i < 200 && progress.get("result").isNull(); i++) {
            Thread.sleep(50);
            progress = editor.get("/api/v1/imports/" + id + "/dry-run").json();
        }
        assertThat(progress.get("phase").asString()).as(progress.toString()).isEqualTo("done");
        JsonNode dryRun = progress.get("result");

        JsonNode started =
                editor.post("/api/v1/imports/" + id + "/start", Map.of()).json();
        assertThat(started.get("list").get("state").asString()).isIn("running", "done");
        JsonNode done = waitFor(editor, id, "done");
        assertThat(done.get("percent").asInt()).isEqualTo(100);

        String csv = editor.get("/api/v1/imports/" + id + "/outcomes.csv").body();
        assertThat(csv).doesNotContain("653121198507074322").doesNotContain("Zebinisa");
        Map<Integer, String[]> outcome = new HashMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] cells = line.split(",", -1);
            outcome.put(Integer.valueOf(cells[0]), cells);
        });
        assertThat(outcome.get(2)[1]).isEqualTo("attached");
        assertThat(outcome.get(2)[2].replace("\"", "")).isEqualTo(documented);
        // The dry run judged every row by the import's own check: its counts are what the import did.
        Map<String, Long> did =
                outcome.values().stream().collect(Collectors.groupingBy(cells -> cells[1], Collectors.counting()));
        assertThat(dryRun.get("newPersons").asLong()).isEqualTo(did.getOrDefault("created", 0L));
        assertThat(dryRun.get("needsReview").asLong()).isEqualTo(did.getOrDefault("queued", 0L));
        assertThat(dryRun.get("likelySame").asLong()
                        + dryRun.get("sameAsEarlierRow").asLong())
                .isEqualTo(did.getOrDefault("attached", 0L));
        assertThat(dryRun.get("refused").asLong()).isEqualTo(did.getOrDefault("refused", 0L));
        assertThat(outcome.get(3)[1]).isEqualTo("created");
        assertThat(outcome.get(4)[1]).as("the same number as row 3").isEqualTo("attached");
        assertThat(outcome.get(4)[2]).isEqualTo(outcome.get(3)[2]);
        assertThat(outcome.get(5)[1]).isEqualTo("refused");
        assertThat(outcome.get(5)[4]).as("kept as a key, written in English").contains("nationalId: has the form");
        assertThat(RowDetail.shown(detail(id, 5)))
                .startsWith("National ID number: ")
                .doesNotContain("?field=");
        assertThat(detail(id, 5)).startsWith("error.nationalIdCheck?field=nationalId");
        assertThat(outcome.get(6)[1]).isEqualTo("refused");
        assertThat(outcome.get(6)[4]).contains("has another number of cells than the header");
        assertThat(outcome.get(7)[1]).isEqualTo("created");
        assertThat(outcome.get(7)[4]).contains("the status was not understood");
        assertThat(outcome.get(8)[1]).isEqualTo("created");
        assertThat(outcome.get(8)[4]).as("a hometown no place has").contains("fits no single place");

        String created = outcome.get(3)[2].replace("\"", "");
        JsonNode person = editor.get("/api/v1/persons/" + created).json();
        assertThat(person.toString()).contains("Zebinisa Yaltirqiz Quyashbek").contains("Zebinisa Quyashbek");
        JsonNode claims =
                editor.get("/api/v1/claims?personId=" + created).json().get("items");
        assertThat(claims).hasSize(2);
        assertThat(claims.toString()).contains("released").contains("detained").contains("2019-03");
        assertThat(claims.toString()).contains("Kashgar police").contains("宗教");
        // Each person the list wrote or added to holds the status its claims give: row 8's person was written with
        // the status of its one claim, row 3's was given a second claim by row 4 in the same chunk.
        for (int line : new int[] {2, 3, 7, 8}) {
            Person stored = persons.getByPublicId(outcome.get(line)[2].replace("\"", ""));
            assertThat(CurrentUser.asSystem("tests", () -> statuses.rederive(stored.id())))
                    .as("row " + line)
                    .isEqualTo(stored.status());
        }
        assertThat(persons.getByPublicId(outcome.get(8)[2].replace("\"", ""))
                        .status()
                        .status())
                .isEqualTo(PersonStatus.detained);
        assertThat(count("source")).isEqualTo(sourcesBefore + 1);
        long sourceId = uploaded.json().get("list").get("sourceId").asLong();
        assertThat(editor.get("/api/v1/evidence?sourceId=" + sourceId).json()).hasSize(1);
        assertThat(editor.get("/api/v1/sources/" + sourceId).body()).doesNotContain("insider");

        HttpApi.Reply undo = editor.post("/api/v1/imports/" + id + "/undo", Map.of("reason", "the list is a forgery"));
        assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        waitFor(editor, id, "undone");
        assertThat(editor.get("/api/v1/persons/" + created)
                        .json()
                        .get("retracted")
                        .asBoolean())
                .isTrue();
        assertThat(editor.get("/api/v1/persons/" + documented)
                        .json()
                        .get("retracted")
                        .asBoolean())
                .isFalse();
        assertThat(editor.get("/api/v1/sources/" + sourceId)
                        .json()
                        .get("retracted")
                        .asBoolean())
                .isTrue();
        assertThat(editor.get("/api/v1/persons/" + documented).body()).doesNotContain("\"kind\":\"alias");
    }

    @Test
    void aSpreadsheetIsReadAsAListAndABrokenOneIsRefused() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("出生日期");
            sheet.createRow(1).createCell(0).setCellValue("Sheet Person Tursun");
            sheet.getRow(1).createCell(1).setCellValue("1970-05-01");
            book.write(out);
            xlsx = out.toByteArray();
        }
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        HttpApi.Reply uploaded = editor.postBytes("/api/v1/imports" + SOURCE, type, xlsx);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("list").get("encoding").asString()).isEqualTo("XLSX");
        long id = uploaded.json().get("list").get("id").asLong();
        JsonNode preview = editor.get("/api/v1/imports/" + id + "/preview").json();
        assertThat(preview.get(0).get("values").get("birth_date").asString()).isEqualTo("1970-05-01");

        long sources = count("source");
        byte[] broken = Arrays.copyOf(xlsx, xlsx.length / 2);
        HttpApi.Reply refused = editor.postBytes("/api/v1/imports" + SOURCE, type, broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("the spreadsheet cannot be read");
        assertThat(count("source")).as("nothing stored").isEqualTo(sources);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static JsonNode waitFor(HttpApi editor, long id, String state) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode view = editor.get("/api/v1/imports/" + id).json();
            if (view.get("list").get("state").asString().equals(state)) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " never reached " + state);
    }
}
