package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.PonteApplication;
import app.ponte.contact.ContactId;
import app.ponte.contact.EraseContact;
import app.ponte.contact.ErasureGround;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo mission's report, written from its events in English and Italian as PDF and DOCX, read back with real
 * extractors (Debian's pdftotext and pdffonts, Apache POI), finds what the seed report names, day by day; an erased
 * contact's name is gone from both formats; the API serves it scoped to the caller's programs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MissionReportTest {

    // The demo's ids are derived from names (ShanghaiMission.id): the same derivation finds them here.
    private static final MissionId MISSION = new MissionId(demoId("mission:alisei-shanghai-2017"));
    private static final ProgramId PROGRAM = new ProgramId(demoId("program:miur-italy-china"));
    private static final ContactId PAGANI = new ContactId(demoId("contact:roberto-pagani"));

    /** What the seed report names: organizations, people, titles and places, in any language of the report. */
    private static final List<String> NAMED_BY_THE_SEED = List.of(
            "Ministry of Education, University and Research (MIUR)",
            "Italy–China research and innovation internationalization program",
            "ALISEI – Technological Cluster of Excellence on Life Sciences",
            "Città della Scienza",
            "Embassy of Italy in Beijing", "Consulate General of Italy in Shanghai",
            "Plinio Innocenzi", "Roberto Pagani", "Fabrizio Conicella", "Stefano Beltrame",
            "Scientific Counsellor", "Coordinator, Internationalization Work Group",
            "ShanghaiTech University", "Fudan University", "Bracco Sine Pharmaceutical Corp",
            "ITA – Italian Trade Agency", "Italy–China Chamber of Commerce",
            "The new frontier of the healthcare – from hospital centric to patient centric",
            "From the prevention to the chronic patient management: the Italian vision",
            "Meeting with Italian organizations in China",
            "Link between the ALISEI Cluster and Italian organizations in China",
            "Shanghai");

    /** Chinese names must come back out of the PDF as the same characters, not boxes or mojibake. */
    private static final List<String> CHINESE = List.of("复旦大学", "上海科技大学");

    private static final List<String> AGENDA_IN_ORDER = List.of(
            // Chinese may wrap between any two characters inside a table cell, so the order is told by Latin titles.
            "Meeting with Fudan University", "Meeting with ShanghaiTech University",
            "Meeting with Bracco Sine Pharmaceutical Corp", "Meeting with Italian organizations in China",
            "Meeting with ITA – Italian Trade Agency",
            "The new frontier of the healthcare – from hospital centric to patient centric");

    private static ConfigurableApplicationContext app;
    private static Path dataDir;

    @BeforeAll
    static void startWithTheDemo() throws Exception {
        dataDir = Files.createTempDirectory("ponte-report-test");
        app = new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0",
                "--ponte.mongodb.uri=",
                "--ponte.data-dir=" + dataDir,
                "--ponte.demo.enabled=true",
                "--ponte.admin.username=admin",
                "--ponte.admin.password=correct horse battery staple",
                "--vaadin.launch-browser=false");
        waitForTheDemo();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theEnglishAndItalianReportsNameWhatTheSeedNamesDayByDayInBothFormats() throws Exception {
        MissionRecord record = record();
        var service = app.getBean(MissionReportService.class);
        for (ReportLanguage language : ReportLanguage.values()) {
            String pdf = pdfText(service.render(record, ReportFormat.PDF, language).bytes());
            String docx = docxText(service.render(record, ReportFormat.DOCX, language).bytes());
            for (String text : List.of(pdf, docx)) {
                assertThat(text).contains(NAMED_BY_THE_SEED).contains(CHINESE);
                String day16 = language == ReportLanguage.EN ? "Tuesday 16 May 2017" : "Martedì 16 maggio 2017";
                String day17 = language == ReportLanguage.EN ? "Wednesday 17 May 2017" : "Mercoledì 17 maggio 2017";
                assertThat(text).contains(day16, day17, language == ReportLanguage.EN ? "China" : "Cina");
                assertThat(text.indexOf(day16)).isLessThan(text.indexOf(day17));
                String agenda = text.substring(text.indexOf(day16));
                assertThat(AGENDA_IN_ORDER.stream().map(agenda::indexOf).toList())
                        .as("the engagements in time order, %s", language).isSorted()
                        .doesNotContain(-1);
                assertThat(agenda.indexOf(AGENDA_IN_ORDER.get(3))).isLessThan(agenda.indexOf(day17));
                assertThat(agenda.indexOf(day17)).isLessThan(agenda.indexOf(AGENDA_IN_ORDER.get(4)));
            }
            if (language == ReportLanguage.EN) {
                assertThat(pdf).contains("Collaboration opportunities (3)", "Leads (1)",
                        "Information exchanges (2)", "Send Fudan University the profiles of ALISEI members",
                        "completed on 12 June 2017", "29 September 2017", "qualified", "09:30–10:30");
            } else {
                assertThat(pdf).contains("Opportunità di collaborazione (3)", "Sedi diplomatiche",
                        "completata il 12 giugno 2017", "29 settembre 2017", "qualificata");
            }
        }
    }

    @Test
    @Order(2)
    void everyFontOfThePdfIsEmbedded() throws Exception {
        byte[] pdf = app.getBean(MissionReportService.class).render(record(), ReportFormat.PDF, ReportLanguage.IT)
                .bytes();
        Path file = Files.createTempFile(dataDir, "report", ".pdf");
        Files.write(file, pdf);
        List<String> lines = run("pdffonts", file.toString()).lines().toList();
        // name, type, encoding, emb, sub, uni, object ID: two header lines, then one line per font.
        List<String> fonts = lines.subList(2, lines.size());
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            String[] columns = font.trim().split("\\s+");
            assertThat(columns[columns.length - 5]).as("emb of %s", font).isEqualTo("yes");
        });
    }

    @Test
    @Order(3)
    void theApiServesTheReportToMembersOfTheProgramAndNotFoundToOthers() throws Exception {
        var users = app.getBean(UserDirectory.class);
        var tokens = app.getBean(ApiTokens.class);
        var member = users.create("report-officer", "a long enough password", Role.PROGRAM_OFFICER, Set.of(PROGRAM));
        var outsider = users.create("report-outsider", "a long enough password", Role.PROGRAM_OFFICER,
                Set.of(ProgramId.random()));
        String memberToken = tokens.issue(member.userId(), "report test", Role.PROGRAM_OFFICER, Set.of()).secret();
        String outsiderToken = tokens.issue(outsider.userId(), "report test", Role.PROGRAM_OFFICER, Set.of())
                .secret();
        String path = "/api/v1/missions/" + MISSION + "/report";

        var pdf = get(memberToken, path + "?format=pdf&lang=it");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".pdf");
        assertThat(pdfText(pdf.body())).contains("Relazione di missione", "Fudan University (复旦大学)");

        var docx = get(memberToken, path + "?format=docx&lang=en");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docxText(docx.body())).contains("Mission report", "Stefano Beltrame");

        assertThat(get(outsiderToken, path + "?format=pdf&lang=en").statusCode()).isEqualTo(404);
        assertThat(get(memberToken, "/api/v1/missions/" + MissionId.random() + "/report?format=pdf&lang=en")
                .statusCode()).isEqualTo(404);

        var badFormat = get(memberToken, path + "?format=odt&lang=en");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(new String(badFormat.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"format\"");
        var badLanguage = get(memberToken, path + "?format=pdf&lang=fr");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(new String(badLanguage.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"lang\"");
        var noLanguage = get(memberToken, path + "?format=pdf");
        assertThat(noLanguage.statusCode()).isEqualTo(400);
        assertThat(new String(noLanguage.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"lang\"");
    }

    /*
     * Roberto Pagani is named only in the record's structured fields (delegation, attendance, the post's people).
     * A name an officer typed into free text (the demo's speech minutes name Fabrizio Conicella) is not sealed and
     * outlives an erasure: crypto-shredding covers the contact's own events only.
     */
    @Test
    @Order(4)
    void afterErasingAContactItsNameIsAbsentFromBothReports() throws Exception {
        app.getBean(CommandGateway.class).sendAndWait(new EraseContact(PAGANI, ErasureGround.REQUESTED_BY_PERSON));
        MissionRecord record = record();
        var service = app.getBean(MissionReportService.class);
        for (ReportLanguage language : ReportLanguage.values()) {
            String erased = language == ReportLanguage.EN ? "erased contact" : "contatto cancellato";
            for (String text : List.of(pdfText(service.render(record, ReportFormat.PDF, language).bytes()),
                    docxText(service.render(record, ReportFormat.DOCX, language).bytes()))) {
                assertThat(text).doesNotContain("Pagani", "Roberto").contains(erased)
                        .contains("Fabrizio Conicella", "Stefano Beltrame", "Plinio Innocenzi");
            }
        }
    }

    private static MissionRecord record() {
        return unscoped().query(new GetMissionRecord(MISSION), ResponseTypes.optionalInstanceOf(MissionRecord.class))
                .join().orElseThrow();
    }

    // The read side itself: the scoped gateway refuses a test thread where nobody is signed in.
    private static QueryGateway unscoped() {
        return DefaultQueryGateway.builder().queryBus(app.getBean(QueryBus.class)).build();
    }

    /** The demo is entered once the application is ready; the follow-up list and board index its last records. */
    private static void waitForTheDemo() throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<MissionRecord> record = unscoped().query(new GetMissionRecord(MISSION),
                    ResponseTypes.optionalInstanceOf(MissionRecord.class)).join();
            if (record.isPresent() && record.get().followUps().size() == 3
                    && record.get().opportunities().size() == 1 && record.get().supporters().size() == 3
                    && record.get().engagements().stream().allMatch(e -> !e.participants().isEmpty())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The demo mission's record did not become complete within 60 s");
    }

    /** Debian's pdftotext, with runs of white space (line breaks inside cells and paragraphs) made one space. */
    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            return run("pdftotext", "-enc", "UTF-8", file.toString(), "-").replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", command[0], text).isZero();
        return text;
    }

    private static HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
