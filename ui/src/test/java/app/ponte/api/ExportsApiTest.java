package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.AddContact;
import app.ponte.contact.ContactId;
import app.ponte.contact.EraseContact;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.PersonalDetails;
import app.ponte.export.OpenPyxl;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.security.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet exports over HTTP against the real server, each file read back by a reader that did not write it
 * (commons-csv's parser, POI's XSSF reader, Python's openpyxl): typed cells and venue times, formula injection,
 * erased contacts, access (another program's rows are never in a file), Italian headers and bad parameters.
 */
class ExportsApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static PonteServer server;
    private static MissionId mission;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        // A mission of this test's own in the first program, with a title that is a formula.
        mission = MissionId.random();
        var commands = server.bean(CommandGateway.class);
        var day = LocalDate.of(2017, 5, 17);
        commands.sendAndWait(new PlanMission(mission, World.first.program(), "Exports mission", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), day, day));
        commands.sendAndWait(new ScheduleEngagement(mission, EngagementId.random(), EngagementKind.MEETING, HYPERLINK,
                "ShanghaiTech", LocalDateTime.of(day, LocalTime.of(9, 30)), LocalDateTime.of(day, LocalTime.of(11, 0)),
                List.of(), List.of("life sciences")));
        // Every test below reads the agenda's read model, which the processors fill after the command returns.
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(csv(get(Role.VIEWER, agendaPath("csv")))).hasSize(2));
    }

    private static HttpResponse<byte[]> get(Role role, String path, String... headers) {
        return get(World.TOKENS_IN_FIRST.get(role), path, headers);
    }

    private static HttpResponse<byte[]> get(String token, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<CSVRecord> csv(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return CSVFormat.RFC4180.parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }

    /** Every row of the first sheet as POI formats the cells, to search in. */
    private static List<List<String>> xlsxText(byte[] xlsx) throws IOException {
        var rows = new ArrayList<List<String>>();
        var formatter = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String agendaPath(String format) {
        return "/api/v1/exports/missions/" + mission + "/agenda?format=" + format;
    }

    @Test
    void aFormulaTitleIsExportedAsTextInBothFormatsWithTheVenueTimeAndItsZone() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(csv(get(Role.VIEWER, agendaPath("csv")))).hasSize(2));

        var csv = csv(get(Role.VIEWER, agendaPath("csv")));
        var header = csv.get(0).toList();
        var row = csv.get(1);
        assertThat(row.get(header.indexOf("Title"))).isEqualTo("'" + HYPERLINK);
        assertThat(row.get(header.indexOf("Start (venue time)"))).isEqualTo("2017-05-17 09:30:00");
        assertThat(row.get(header.indexOf("Time zone"))).isEqualTo("Asia/Shanghai");

        var response = get(Role.VIEWER, agendaPath("xlsx"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(XLSX);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ponte-agenda.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheetAt(0);
            var titles = new ArrayList<String>();
            sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
            var title = sheet.getRow(1).getCell(titles.indexOf("Title"));
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(HYPERLINK);
            var start = sheet.getRow(1).getCell(titles.indexOf("Start (venue time)"));
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2017, 5, 17, 9, 30));
        }
        var python = OpenPyxl.read(response.body());
        var headers = new ArrayList<String>();
        python.get("rows").get(0).forEach(cell -> headers.add(cell.get(1).asText()));
        var cells = python.get("rows").get(1);
        assertThat(cells.get(headers.indexOf("Title")).get(0).asText()).isEqualTo("text");
        assertThat(cells.get(headers.indexOf("Title")).get(1).asText()).isEqualTo(HYPERLINK);
        assertThat(cells.get(headers.indexOf("Start (venue time)")).get(0).asText()).isEqualTo("date");
        assertThat(cells.get(headers.indexOf("Start (venue time)")).get(1).asText()).isEqualTo("2017-05-17T09:30:00");
        assertThat(cells.get(headers.indexOf("Participants")).get(0).asText()).isEqualTo("number");
        assertThat(python.get("freeze").asText()).isEqualTo("A2");
        assertThat(python.get("filter").asText()).startsWith("A1:");
    }

    @Test
    void aMemberOfOneProgramNeverGetsAnotherProgramsRows() throws Exception {
        var missions = xlsxText(get(Role.VIEWER, "/api/v1/exports/missions?format=xlsx").body());
        var ids = missions.stream().flatMap(List::stream).toList();
        assertThat(ids).contains(World.first.mission().toString())
                .doesNotContain(World.second.mission().toString());
        var ofSecond = xlsxText(get(World.officerOfSecond, "/api/v1/exports/missions?format=xlsx").body()).stream()
                .flatMap(List::stream).toList();
        assertThat(ofSecond).contains(World.second.mission().toString())
                .doesNotContain(World.first.mission().toString());

        var followUps = csv(get(Role.VIEWER, "/api/v1/exports/follow-ups?format=csv"));
        var followUpCells = followUps.stream().flatMap(r -> r.toList().stream()).toList();
        assertThat(followUpCells).contains(World.first.followUp().toString())
                .doesNotContain(World.second.followUp().toString());
        var opportunityCells = csv(get(Role.VIEWER, "/api/v1/exports/opportunities")).stream()
                .flatMap(r -> r.toList().stream()).toList();
        assertThat(opportunityCells).contains(World.first.opportunity().toString())
                .doesNotContain(World.second.opportunity().toString());
        var programCells = csv(get(Role.VIEWER, "/api/v1/exports/programs")).stream()
                .flatMap(r -> r.toList().stream()).toList();
        assertThat(programCells).contains(World.first.program().toString())
                .doesNotContain(World.second.program().toString());

        assertThat(get(Role.VIEWER, "/api/v1/exports/missions/" + World.second.mission() + "/agenda").statusCode())
                .isEqualTo(404);
        assertThat(get(Role.VIEWER, "/api/v1/exports/missions/" + World.second.mission() + "/outcomes")
                .statusCode()).isEqualTo(404);
        assertThat(get(Role.VIEWER, "/api/v1/exports/opportunities?program=" + World.second.program()).statusCode())
                .isEqualTo(404);
        assertThat(get(Role.VIEWER, "/api/v1/exports/follow-ups?program=" + World.second.program()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void headersAreInItalianWhenAskedAndTheAcceptHeaderChoosesTheFormat() throws Exception {
        var italian = csv(get(Role.VIEWER, "/api/v1/exports/missions/" + mission + "/agenda?lang=it"));
        assertThat(italian.get(0).toList()).contains("Titolo", "Inizio (ora locale)", "Fuso orario")
                .doesNotContain("Title");
        assertThat(italian.get(1).toList()).contains("Incontro", "Pianificato");

        var byAccept = get(Role.VIEWER, "/api/v1/exports/missions/" + mission + "/outcomes", "Accept", XLSX);
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(XLSX);
        assertThat(xlsxText(byAccept.body()).get(0)).contains("Engagement", "Kind of outcome");
    }

    @Test
    void anErasedContactIsExportedAsErasedNeverByName() throws Exception {
        var contact = ContactId.random();
        String role = "Export tester " + UUID.randomUUID();
        var commands = server.bean(CommandGateway.class);
        commands.sendAndWait(new AddContact(contact, new PersonalDetails("Roberta Esportata", "r.e@example.org",
                null), World.first.organization(), role));
        commands.sendAndWait(new EraseContact(contact, ErasureGround.REQUESTED_BY_PERSON));
        String path = "/api/v1/exports/contacts?format=xlsx&q=" + role.replace(" ", "%20");

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var rows = xlsxText(get(Role.VIEWER, path).body());
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).contains("Erased contact", role, "Yes", contact.toString());
        });
        var body = xlsxText(get(Role.VIEWER, path).body()).toString();
        assertThat(body).doesNotContain("Roberta", "r.e@example.org");
        var csvBody = csv(get(Role.VIEWER, path.replace("xlsx", "csv") + "&lang=it")).toString();
        assertThat(csvBody).contains("Contatto cancellato").doesNotContain("Roberta", "r.e@example.org");
    }

    @Test
    void theAuditLogExportsAsXlsxForAuditorsOnly() throws Exception {
        // The audit log is a read model too: it holds this test's mission once its processor has caught up.
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var audit = get(Role.CLUSTER_MANAGER, "/api/v1/exports/audit?format=xlsx&recordType=mission&program="
                    + World.first.program());
            assertThat(audit.statusCode()).isEqualTo(200);
            var rows = xlsxText(audit.body());
            assertThat(rows.get(0)).contains("Number", "Recorded at", "Time zone");
            assertThat(rows.stream().flatMap(List::stream).toList()).contains(mission.toString())
                    .doesNotContain(World.second.mission().toString());
        });

        assertThat(get(Role.VIEWER, "/api/v1/exports/audit?format=xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void badParametersAreRefusedByName() {
        var format = get(Role.VIEWER, "/api/v1/exports/missions?format=pdf");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(new String(format.body(), StandardCharsets.UTF_8))
                .contains("\"parameter\":\"format\"", "must be csv or xlsx");
        var lang = get(Role.VIEWER, "/api/v1/exports/missions?lang=fr");
        assertThat(lang.statusCode()).isEqualTo(400);
        assertThat(new String(lang.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"lang\"");
        var country = get(Role.VIEWER, "/api/v1/exports/organizations?country=China");
        assertThat(new String(country.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"country\"");
        assertThat(get(Role.VIEWER, "/api/v1/exports/follow-ups?mine=true&owner=x").statusCode()).isEqualTo(400);
    }
}
