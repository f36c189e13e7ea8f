package org.casebook.prooflife;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.evidence.EvidenceStore;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A state's video answer in the evidence store: its filmstrip on the page, its keyframes and a comparison in the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FootagePagesTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    EvidenceStore store;

    @TempDir
    Path dir;

    @Test
    void theAnswersVideoIsShownAsKeyframesAndComparedWithACutCopy() throws Exception {
        TestAccounts.TestAccount account = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, account.token());
        long source = TestRequests.stateMediaSource(editor);
        String original = upload(editor, source, video("original.mp4", 40, -1), "answer.mp4");
        String cut = upload(editor, source, video("cut.mp4", 30, 25), "reupload.mp4");
        String person = TestRequests.person(editor, "Filmed");
        Map<String, Object> request = TestRequests.answered(person, source);
        long id = editor.post("/api/v1/life-requests", request).json().get("id").asLong();

        // The container's metadata, read by Tika when the file was stored, is shown beside the filmstrip.
        JsonNode stored = editor.get("/api/v1/evidence/" + original).json().get("evidence");
        assertThat(stored.get("mediaType").asString()).startsWith("video/");
        assertThat(stored.get("metadata").toString()).containsIgnoringCase("duration");

        JsonNode keyframes =
                editor.get("/api/v1/footage/" + original + "/keyframes").json();
        assertThat(keyframes.size()).isPositive();
        assertThat(keyframes.get(0).get("hash").asString()).matches("[0-9a-f]{16}");

        JsonNode segments = editor.get("/api/v1/footage/compare?a=" + original + "&b=" + cut)
                .json();
        assertThat(segments.toString()).contains("\"kind\":\"missing\"", "\"kind\":\"changed\"");

        WebSession web = TestAccounts.session(account, port);
        WebSession.Page page = web.get("/app/life-requests/" + id + "/footage?b=" + cut);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "class=\"filmstrip\"",
                        "/app/footage/" + original + "/keyframes/0.png",
                        "segment-missing",
                        "<svg class=\"timeline\"");
        assertThat(web.get("/app/life-requests/" + id + "/assessment").body())
                .contains("class=\"filmstrip\"", "/app/footage/" + original + "/keyframes/0.png");
        assertThat(web.get("/app/sources/" + source).body()).contains("href=\"/app/life-requests/" + id + "\"");
        WebSession.Page png = web.get("/app/footage/" + original + "/keyframes/0.png");
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");

        // A file attached to nothing opens for editors only, and what an editor's look put in the cache too.
        byte[] looseVideo = Files.readAllBytes(video("loose.mp4", 20, -1));
        String unattached = CurrentUser.asSystem(
                        "test",
                        () -> store.registerReported(
                                new ByteArrayInputStream(looseVideo),
                                10_000_000,
                                Set.of("video/quicktime", "video/mp4")))
                .sha256();
        assertThat(editor.get("/api/v1/footage/" + unattached + "/keyframes").status())
                .isEqualTo(200);
        HttpApi viewer =
                new HttpApi(port, TestAccounts.create(accounts, Role.viewer).token());
        assertThat(viewer.get("/api/v1/footage/" + unattached + "/keyframes").status())
                .isEqualTo(404);
        assertThat(viewer.get("/api/v1/footage/" + original + "/keyframes").status())
                .isEqualTo(200);

        String notVideo =
                upload(editor, source, Files.writeString(dir.resolve("notes.txt"), "not a video"), "notes.txt");
        HttpApi.Reply refused = editor.get("/api/v1/footage/" + notVideo + "/keyframes");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("not a video");
        assertThat(web.get("/app/life-requests/" + id + "/footage?a=" + notVideo)
                        .status())
                .isEqualTo(400);
        assertThat(editor.get("/api/v1/footage/" + "0".repeat(64) + "/keyframes")
                        .status())
                .isEqualTo(404);
    }

    private Path video(String name, int frames, int skipFrom) throws Exception {
        Path file = dir.resolve(name);
        SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(file.toFile(), 10);
        for (int k = 0; k < frames; k++) {
            int frame = skipFrom >= 0 && k >= skipFrom ? k + 10 : k;
            Picture picture = Picture.create(160, 120, ColorSpace.RGB);
            byte[] rgb = picture.getPlaneData(0);
            int scene = frame / 10;
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 160; x++) {
                    int v = (int) (100
                            * Math.sin(
                                    2 * Math.PI * (1 + scene % 3) * (x * Math.cos(scene) + y * Math.sin(scene)) / 160));
                    int at = (y * 160 + x) * 3;
                    rgb[at] = (byte) v;
                    rgb[at + 1] = (byte) v;
                    rgb[at + 2] = (byte) v;
                }
            }
            encoder.encodeNativeFrame(picture);
        }
        encoder.finish();
        return file;
    }

    private static String upload(HttpApi api, long source, Path file, String name) throws Exception {
        HttpApi.Reply created = api.postBytes(
                "/api/v1/evidence?sourceId=" + source + "&filename=" + name,
                "application/octet-stream",
                Files.readAllBytes(file));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return created.json().get("evidence").get("sha256").asString();
    }
}
