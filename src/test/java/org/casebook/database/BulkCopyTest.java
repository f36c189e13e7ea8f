package org.casebook.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** What COPY writes is what was given: texts with quotes, commas and line breaks, empty texts, nulls, numbers, bytes. */
@SpringBootTest
class BulkCopyTest {
    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional // rolled back at the end: the table is a test's own
    void everyValueComesBackAsItWent() {
        List<String> texts = List.of(
                "{\"name\":\"Abdurehim \\\"Heyit\\\"\",\"born\":1962}",
                "\"",
                "\"\"",
                "a,b\nc\r\nd",
                "",
                "ئابدۇرېھىم ھېيت, 阿不都热依木·海依提",
                "\\x00 not bytes");
        jdbc.sql("create temporary table copied (n integer, t text, d numeric, b bytea, f double precision)")
                .update();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(Arrays.asList(i, texts.get(i), new BigDecimal("-12.50"), new byte[] {1, (byte) i}, 1.5e10));
        }
        rows.add(Arrays.asList(99, null, null, null, null));
        assertThat(BulkCopy.into(dataSource, "copied", List.of("n", "t", "d", "b", "f"), rows))
                .isEqualTo(texts.size() + 1);
        List<Map<String, Object>> read =
                jdbc.sql("select * from copied order by n").query().listOfRows();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(read.get(i).get("t")).isEqualTo(texts.get(i));
            assertThat(read.get(i).get("d")).isEqualTo(new BigDecimal("-12.50"));
            assertThat((byte[]) read.get(i).get("b")).containsExactly(1, i);
            assertThat(read.get(i).get("f")).isEqualTo(1.5e10);
        }
        assertThat(read.getLast())
                .containsEntry("t", null)
                .containsEntry("d", null)
                .containsEntry("b", null);
    }
}
