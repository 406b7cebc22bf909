package app.ponte.api;

import app.ponte.audit.RecordType;
import app.ponte.opportunity.AgreementDocument;
import app.ponte.search.Search;
import app.ponte.security.Problems;
import app.ponte.shared.Check;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document, kept to what the API does: one path per command with the command's own schema and its
 * required fields (as its constructor decides), ids and codes as the bare strings the API exchanges, venue times in
 * the forms the API reads, an RFC 9457 problem schema for every 4xx, exact media types, and a summary, description
 * and tag on every operation. {@code OpenApiLintIT} checks it with an independent linter, and
 * {@code OpenApiConformanceTest} sends what it calls valid.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final Logger log = LoggerFactory.getLogger(ApiDocumentation.class);

    static final String PROBLEM_MEDIA = "application/problem+json";
    static final String JSON_MEDIA = "application/json";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final ModelConverter VALUES = new ValueSchemas();

    private static final String EXPORTS = "/api/v1/exports/";
    private static final String XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The tags, each with what it groups. */
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    /** Per query operation ("GET /api/v1/…"): its tag, summary and description. */
    private static final Map<String, String[]> QUERIES = new HashMap<>();

    static {
        TAGS.put("commands", "Every change, sent as a command; answered once it is recorded");
        TAGS.put("programs", "Programs and their dashboards");
        TAGS.put("missions", "Missions, their agendas and outcomes");
        TAGS.put("opportunities", "The opportunity board");
        TAGS.put("follow-ups", "Follow-ups, by owner and due date");
        TAGS.put("directory", "Organizations and contacts");
        TAGS.put("search", "Search across every kind of record");
        TAGS.put("audit", "Record histories and the audit log (administrators, cluster managers)");
        TAGS.put("exports", "Every list as a spreadsheet, CSV or XLSX, with the list's filters and scope");
        TAGS.put("tokens", "Who a token acts as, and the caller's own tokens");
        TAGS.put("webhooks", "Webhook endpoints and their delivery log (administrators)");
        TAGS.put("calendars", "Calendars (RFC 5545) of agendas, and the caller's personal calendar link");
        TAGS.put("reports", "Documents written from the record: mission and program reports, IATI activity files");
        TAGS.put("imports", "Organizations and contacts imported from CSV or XLSX files, previewed first");
        TAGS.put("other", "Endpoints not yet grouped");
        query("POST /api/v1/imports", "imports", "Import a spreadsheet",
                "Uploads a CSV (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252; separated by , ; TAB or |) "
                        + "or XLSX file of at most 10 MB and 50,000 rows as multipart/form-data, part 'file'. kind: "
                        + "organizations (default) or contacts. Columns are mapped from English and Italian headers; "
                        + "mapping.<field>=<header> overrides one (empty: none). dryRun=true answers the preview, "
                        + "each row new, update, possible duplicate (with candidates and scores) or error (field "
                        + "and rule), and writes nothing; otherwise the import runs with onNew (create|skip), "
                        + "onUpdate (update|skip), onDuplicate (skip|create|merge) and rows (5:skip,7:create), "
                        + "each row one command with source IMPORT and the import's id as correlation id, and the "
                        + "report is answered (201). Importing the same file again creates nothing new.");
        query("GET /api/v1/imports/{importId}", "imports", "Get an import's report",
                "Every row's outcome (created, updated, skipped, failed with the field and rule) for the user who "
                        + "ran the import or an administrator.");
        query("GET /api/v1/imports/{importId}/report.csv", "imports", "Download an import's report",
                "The report as CSV, one line a row.");
        query("POST /api/v1/imports/{importId}/undo", "imports", "Undo an import",
                "Archives the organizations the import created that nothing else has changed since; answers what "
                        + "it left as it was.");
        query("GET /api/v1/directory/duplicates", "directory", "Find duplicates in the directory",
                "Likely duplicate pairs among the stored organizations (kind=organizations, default) or contacts "
                        + "(kind=contacts), best first, each with its score (0 to 1; 1 for the same website, name "
                        + "and country, or e-mail) and why, by the rules an import uses: folded names without legal "
                        + "forms, Jaro-Winkler over tokens, native names also read in Latin letters. For "
                        + "administrators and program officers; merge a pair with the MergeOrganization command.");
        query("GET /api/v1/programs", "programs", "List programs",
                "The programs the caller is a member of, by name, paged.");
        query("GET /api/v1/programs/{programId}", "programs", "Get a program",
                "One program the caller is a member of; 404 for any other.");
        query("GET /api/v1/programs/{programId}/dashboard", "programs", "Get a program's dashboard",
                "Indicators against their targets, engagements, outcomes and opportunities, as they stand now; "
                        + "or on one axis of 'as of': asOf (as recorded: what the record said at that moment, "
                        + "corrections entered later left out; administrators and cluster managers) or happenedBy "
                        + "(as happened: what today's record says had taken place by the end of that business day, "
                        + "whenever it was entered). The Ponte-Axis header names the axis of a past view.");
        query("GET /api/v1/missions", "missions", "List missions",
                "The missions of the caller's programs, earliest first, paged.");
        query("GET /api/v1/missions/{missionId}", "missions", "Get a mission's agenda",
                "The mission and every engagement: its instants (startsAt, endsAt), the venue's zone and the venue's "
                        + "local times (venueStart, venueEnd), participants and outcomes; or as recorded at asOf "
                        + "(administrators and cluster managers; 404 if the mission was not planned yet), or as "
                        + "happened by happenedBy (the engagements of that day and before, in the venue's zone, as "
                        + "the record says now).");
        query("GET /api/v1/missions/{missionId}/engagements", "missions", "List a mission's engagements",
                "The engagements of one mission, in time order, paged.");
        query("GET /api/v1/missions/{missionId}/outcomes", "missions", "List a mission's outcomes",
                "Every outcome logged in the mission, engagement by engagement in time order, paged.");
        query("GET /api/v1/opportunities", "opportunities", "List opportunities",
                "The opportunity board: every opportunity of the caller's programs, or of one of them, by title.");
        query("GET /api/v1/follow-ups", "follow-ups", "List follow-ups",
                "Follow-ups, soonest due first: the caller's own (mine) or one owner's, only overdue or open ones, "
                        + "of the caller's programs or of one of them.");
        query("GET /api/v1/organizations", "directory", "Search organizations",
                "Organizations by name, type and country, paged.");
        query("GET /api/v1/organizations/{organizationId}", "directory", "Get an organization",
                "One organization with its engagements, outcomes, contacts and opportunities.");
        query("GET /api/v1/contacts", "directory", "Search contacts",
                "Contacts by name or organization, names opened through the privacy vault, paged.");
        query("GET /api/v1/contacts/{contactId}", "directory", "Get a contact", "One contact.");
        query("GET /api/v1/search", "search", "Search everything",
                "Organizations (either name), contacts, programs, missions, engagements (title, venue, minutes), "
                        + "outcomes, opportunities and follow-ups of the caller's programs matching q, grouped by "
                        + "kind with the best match first; accents folded, English and Italian word forms, Chinese, "
                        + "Japanese and Korean text, the last word as a prefix and small typos tolerated. Fragments "
                        + "are HTML-escaped text with the matching words in <mark>. Each kind is paged by limit and "
                        + "page.");
        query("GET /api/v1/history/{recordType}/{recordId}", "audit", "Get a record's history",
                "Every event of one record, oldest first, with each field's value before and after.");
        query("GET /api/v1/history/{recordType}/{recordId}/state", "audit", "Get a record as of a moment",
                "One record's fields as they stood at asOf (as recorded; now when absent), from its events up to "
                        + "then; 404 if it did not exist yet.");
        query("GET /api/v1/audit.csv", "audit", "Export the audit log",
                "The audit log, newest first, as CSV (RFC 4180), filtered by user, time range (from inclusive, to "
                        + "exclusive; instants or UTC days), record type and program.");
        export("programs", "the programs", "The programs the caller is a member of, by name.");
        export("missions", "the missions", "The missions of the caller's programs, earliest first; dates as dates.");
        export("missions/{missionId}/agenda", "a mission's agenda", "Every engagement of one mission in time order, "
                + "start and end as the venue's local date-time with the zone in a column of its own.");
        export("missions/{missionId}/outcomes", "a mission's outcomes",
                "Every outcome logged in the mission, with its engagement and the engagement's venue time.");
        export("opportunities", "the opportunity board", "Every opportunity of the caller's programs, or of one.");
        export("follow-ups", "follow-ups", "Follow-ups with the filters of GET /api/v1/follow-ups, soonest due "
                + "first.");
        export("organizations", "organizations", "Organizations with the filters of GET /api/v1/organizations.");
        export("contacts", "contacts", "Contacts with the filters of GET /api/v1/contacts; an erased contact is "
                + "'Erased contact', with no e-mail or phone.");
        export("audit", "the audit log", "The audit log with the filters of GET /api/v1/audit.csv, newest first, "
                + "recording times in UTC (administrators and cluster managers).");
        query("GET /api/v1/missions/{missionId}/report", "reports", "Get a mission's report",
                "The mission's report for the ministry, as PDF or DOCX (format), in English or Italian (lang).");
        query("GET /api/v1/programs/{programId}/report", "reports", "Get a program's report",
                "Indicators target against actual with a bar chart, the period's missions, outcomes by kind and by "
                        + "country, the opportunity funnel and overdue follow-ups, for the business days from..to "
                        + "(both included; by default the program's period), as PDF or XLSX (format), in English or "
                        + "Italian (lang).");
        query("GET /api/v1/programs/{programId}/iati.xml", "reports", "Get a program's IATI activity file",
                "The program as an IATI 2.03 activity (iati-activities holding one iati-activity), with its results "
                        + "computed from the events.");
        query("GET /api/v1/iati.xml", "reports", "Get the IATI activity file of the caller's programs",
                "Every program the caller may see, as one IATI 2.03 activity file.");
        query("GET /api/v1/me", "tokens", "Who the token acts as", "The caller's user, role and programs.");
        query("GET /api/v1/tokens", "tokens", "List the caller's tokens", "The caller's tokens, never their secrets.");
        query("POST /api/v1/tokens", "tokens", "Issue a token",
                "A token of the caller's scope or narrower; its secret is in this answer only.");
        query("DELETE /api/v1/tokens/{tokenId}", "tokens", "Revoke a token", "Revokes one of the caller's tokens.");
        query("GET /api/v1/webhooks", "webhooks", "List webhook endpoints",
                "Every endpoint with its event types, programs, whether it is sent to and the notice of why not; "
                        + "never a secret.");
        query("GET /api/v1/webhooks/event-types", "webhooks", "List the event types",
                "The event types an endpoint may ask for.");
        query("POST /api/v1/webhooks", "webhooks", "Register a webhook endpoint",
                "An http or https URL (not a loopback, link-local or private address unless the server allows "
                        + "it), the event types and programs (none: every program) to send, and whether contacts' "
                        + "personal data may be sent; the signing secret (whsec_...) is in this answer only.");
        query("GET /api/v1/webhooks/{endpointId}", "webhooks", "Get a webhook endpoint", "One endpoint.");
        query("POST /api/v1/webhooks/{endpointId}/rotate-secret", "webhooks", "Rotate an endpoint's secret",
                "A new signing secret, in this answer only; the old one stops signing.");
        query("POST /api/v1/webhooks/{endpointId}/disable", "webhooks", "Disable a webhook endpoint",
                "Stops sending; deliveries wait until it is enabled again. The reason is shown as its notice.");
        query("POST /api/v1/webhooks/{endpointId}/enable", "webhooks", "Enable a webhook endpoint",
                "Sends again, starting with what waited.");
        query("POST /api/v1/webhooks/{endpointId}/test", "webhooks", "Send a test event",
                "Queues a webhook.test event for the endpoint, delivered and logged like any other.");
        query("GET /api/v1/webhooks/{endpointId}/deliveries", "webhooks", "List an endpoint's deliveries",
                "The delivery log, latest event first: status, attempts, last response code and error, paged.");
        query("GET /api/v1/missions/{missionId}/calendar.ics", "calendars", "Download a mission's agenda as a calendar",
                "Every engagement of the mission as a VEVENT (RFC 5545): UID from the engagement's id, start and end "
                        + "in the venue's zone (TZID, with its VTIMEZONE), LOCATION, DESCRIPTION, SEQUENCE raised by "
                        + "each rescheduling, STATUS:CANCELLED for cancelled ones. Conditional GET (If-None-Match, "
                        + "If-Modified-Since) answers 304 when nothing changed.");
        query("GET /api/v1/programs/{programId}/calendar.ics", "calendars",
                "Download a program's missions as a calendar",
                "Every engagement of every mission of the program, as for a mission's calendar.");
        query("GET /api/v1/me/calendar.ics", "calendars", "Download my engagements as a calendar",
                "Every engagement of every mission of the caller's programs (an administrator's: every program).");
        query("GET /api/v1/calendar-feeds/{token}.ics", "calendars", "Poll a personal calendar link",
                "The calendar of the link's owner's engagements, as the owner may see them now; no token or session "
                        + "is needed, the link's own token is the key. Conditional GET answers 304 when nothing "
                        + "changed; an unknown or revoked link is 404.");
        query("GET /api/v1/me/calendar-link", "calendars", "Get my calendar link",
                "When the caller's active calendar link was created and last polled; never its address.");
        query("POST /api/v1/me/calendar-link", "calendars", "Create my calendar link",
                "A new personal calendar link, replacing any the caller held; its address is in this answer only. "
                        + "Only a token of the user's full role and programs may create one.");
        query("DELETE /api/v1/me/calendar-link", "calendars", "Revoke my calendar link",
                "Revokes the caller's calendar link; its address answers 404 from then on.");
    }

    private static void export(String list, String what, String description) {
        query("GET " + EXPORTS + list, "exports", "Export " + what, description + " As format=csv (UTF-8 with a "
                + "byte order mark, RFC 4180) or format=xlsx (typed cells, frozen header, autofilter); without "
                + "format, an Accept naming the XLSX media type chooses XLSX, anything else CSV. Headers in lang=en "
                + "or lang=it. Text that a spreadsheet would read as a formula is written as text.");
    }

    private static void query(String operation, String tag, String summary, String description) {
        QUERIES.put(operation, new String[] {tag, summary, description});
    }

    ApiDocumentation() {
        // Springdoc resolves every schema through the shared converters, the commands' below included.
        ModelConverters.getInstance().addConverter(VALUES);
    }

    @Bean
    OpenApiCustomizer commandsInTheDocument() {
        return openApi -> {
            openApi.info(new Info().title("Ponte API").version("v1")
                    .description("Every command is POSTed to /api/v1/commands/{name} as application/json; queries "
                            + "are GETs, scoped to the caller's programs, listings paged with offset and limit (at "
                            + "most " + Paging.MAX_LIMIT + "); errors are RFC 9457 problems "
                            + "(application/problem+json). Date-times of commands are the venue's local time "
                            + "(2017-05-16T09:30:00) or an instant with an offset (2017-05-16T01:30:00Z), which is "
                            + "turned into the venue's time."));
            // The document is served by the instance it describes: a relative server, not the address springdoc
            // guessed from the request (localhost behind a proxy).
            openApi.setServers(new ArrayList<>(List.of(new Server().url("/").description("This Ponte instance"))));
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSecuritySchemes("token",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("A personal API token, issued on the users page or through POST "
                                    + "/api/v1/tokens"));
            openApi.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList("token"))));
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getComponents().addSchemas("Accepted", new ObjectSchema()
                    .description("A command recorded")
                    .addProperty("command", new StringSchema().description("The command's name"))
                    .addProperty("correlationId", new StringSchema()
                            .description("The X-Correlation-Id sent, or one chosen for the command"))
                    .required(List.of("command", "correlationId")));
            openApi.setTags(TAGS.entrySet().stream()
                    .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue())).toList());
            if (openApi.getPaths() != null) {
                // Each command has its own path below; the generic handler is not a second way to document.
                openApi.getPaths().remove("/api/v1/commands/{name}");
                openApi.getPaths().forEach(ApiDocumentation::describeQueries);
            }
            ApiCommands.byPathName().forEach((name, command) -> describeCommand(openApi, name, command));
            // Springdoc resolves the answers with converters of its own (OpenAPI 3.1): a one-value record that
            // reached the document as {"value": …} is the bare value the API sends.
            openApi.getComponents().getSchemas().replaceAll((name, schema) -> schema.getProperties() != null
                    && schema.getProperties().size() == 1 && schema.getProperties().containsKey("value")
                    ? (Schema) schema.getProperties().get("value") : schema);
            openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::describeCodes);
            var origin = openApi.getComponents().getSchemas().get("FollowUpOrigin");
            if (origin != null) {
                // Exactly one of the two, as FollowUpOrigin's constructor decides.
                origin.description("What the follow-up comes from: an outcome or an opportunity, exactly one")
                        .oneOf(List.of(new Schema<>().required(List.of("outcomeId")),
                                new Schema<>().required(List.of("opportunityId"))));
            }
            var engagement = openApi.getComponents().getSchemas().get("EngagementSummary");
            if (engagement != null) {
                for (String end : List.of("Start", "End")) {
                    engagement.addProperty("venue" + end, new StringSchema().example("2017-05-16T09:30:00")
                            .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?$")
                            .description("The " + end.toLowerCase(java.util.Locale.ROOT) + " as the venue's local "
                                    + "time, in the zone given as zone"));
                }
            }
        };
    }

    private static void describeCommand(OpenAPI openApi, String name, Class<? extends Record> command) {
        var resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(command).resolveAsRef(false));
        resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
        openApi.getComponents().addSchemas(command.getSimpleName(), resolved.schema);
        requireFields(openApi, command);
        var body = new RequestBody().required(true).content(new Content().addMediaType(JSON_MEDIA,
                new MediaType().schema(new Schema<>().$ref(command.getSimpleName()))));
        var responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("Recorded").content(new Content()
                        .addMediaType(JSON_MEDIA, new MediaType().schema(new Schema<>().$ref("Accepted")))))
                .addApiResponse("400", problem("The JSON has not this schema: a field of the wrong type or "
                        + "form, an unknown field, not an object; the field and the expected form are named"))
                .addApiResponse("401", problem("No valid token"))
                .addApiResponse("403", problem("The token's role or programs do not allow it"))
                .addApiResponse("404", problem("An id names no record"))
                .addApiResponse("409", problem("A rule of the domain refuses it"))
                .addApiResponse("413", problem("The body is too large"))
                .addApiResponse("415", problem("The body is not sent as application/json"))
                .addApiResponse("422", problem("A field breaks its rule; field and rule are named"))
                .addApiResponse("429", problem("Too many requests for the token or the address"));
        openApi.path("/api/v1/commands/" + name, new PathItem().post(new Operation()
                .operationId(name).tags(List.of("commands"))
                .summary(command.getSimpleName())
                .description("Sends " + command.getSimpleName() + " and answers once it is recorded. An "
                        + "X-Correlation-Id header, if sent, is stored with the events it causes.")
                .addParametersItem(new Parameter().in("header").name("X-Correlation-Id").required(false)
                        .description("Groups the events of one import or script run")
                        .schema(new StringSchema().maxLength(200)))
                .requestBody(body).responses(responses)));
    }

    /** The command's required fields, and those of every record inside it, as their constructors decide. */
    private static void requireFields(OpenAPI openApi, Class<?> type) {
        Schema<?> schema = openApi.getComponents().getSchemas().get(type.getSimpleName());
        if (schema == null || schema.getRequired() != null && !schema.getRequired().isEmpty()) {
            return;
        }
        List<String> required;
        try {
            required = RequiredFields.of(type);
        } catch (IllegalStateException unknown) {
            // The document is still served; OpenApiDocumentTest fails on this, so it does not last.
            log.warn("The OpenAPI document lists no required fields of {}: {}", type.getSimpleName(),
                    unknown.getMessage());
            return;
        }
        if (!required.isEmpty()) {
            schema.setRequired(new ArrayList<>(required));
        }
        for (var component : type.getRecordComponents()) {
            Class<?> value = component.getType();
            if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                // The records inside a list (an indicator's targets) have required fields too.
                value = element;
            }
            if (value.isRecord() && !ValueRecordsModule.isValueRecord(value)
                    && value.getPackageName().startsWith("app.ponte")) {
                requireFields(openApi, value);
            }
        }
    }

    /** Country and currency codes as the strings they are, with the form the constructors check. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describeCodes(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            Schema value = property;
            if (!"string".equals(value.getType()) || value.getPattern() != null || value.get$ref() != null) {
                return;
            }
            switch (name) {
                case "countryCode", "country" -> value.pattern("^[A-Za-z]{2}$").example("IT")
                        .description("An ISO 3166-1 two-letter country code, such as IT or CN");
                case "currency" -> value.pattern("^[A-Za-z]{3}$").example("EUR")
                        .description("An ISO 4217 currency code, such as EUR or CNY");
                // The forms the constructors check, from the constants they check with.
                case "email" -> value.format("email").pattern(Check.EMAIL_FORM).example("name@example.org");
                case "website" -> value.format("uri").pattern("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+")
                        .example("https://www.fudan.edu.cn")
                        .description("A web address starting with http:// or https://");
                case "phone" -> value.pattern(Check.PHONE_FORM).example("+39 011 123456");
                case "mediaType" -> value.pattern(AgreementDocument.MEDIA_TYPE_FORM).example("application/pdf");
                case "sha256" -> value.pattern(AgreementDocument.SHA256_FORM)
                        .example("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                        .description("The file's SHA-256 digest as 64 hexadecimal digits");
                default -> { }
            }
        });
    }

    /** Exact media types, a problem for every 4xx, a summary, description and tag on every query. */
    private static void describeQueries(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            String[] known = QUERIES.get(method + " " + path);
            if (known != null) {
                operation.tags(List.of(known[0])).summary(known[1]).description(known[2]);
            } else {
                if (operation.getSummary() == null) {
                    operation.summary(method + " " + path);
                }
                if (operation.getDescription() == null) {
                    operation.description(method + " " + path + ".");
                }
                operation.tags(List.of("other"));
            }
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().setContent(exactly(operation.getRequestBody().getContent(),
                        path.equals("/api/v1/imports") ? "multipart/form-data" : JSON_MEDIA));
            }
            var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            // The advice's handlers are documented below, as problems, by status.
            responses.keySet().removeIf(status -> !status.startsWith("2"));
            responses.values().forEach(answer -> answer.setContent(exactly(answer.getContent(),
                    path.endsWith(".csv") ? "text/csv" : JSON_MEDIA)));
            if (path.startsWith(EXPORTS) && responses.get("200") != null) {
                responses.get("200").description("The list as a spreadsheet").content(new Content()
                        .addMediaType("text/csv", new MediaType().schema(new StringSchema()))
                        .addMediaType(XLSX_MEDIA, new MediaType().schema(new StringSchema().format("binary"))));
            }
            if (path.startsWith(EXPORTS) && operation.getParameters() != null) {
                // Accept is HTTP's own header, which OpenAPI leaves out of the parameters; the description says it.
                operation.getParameters().removeIf(p -> "header".equals(p.getIn()) && "Accept".equals(p.getName()));
            }
            boolean calendar = path.endsWith(".ics");
            if (calendar && responses.get("200") != null) {
                responses.get("200").description("The calendar (RFC 5545), with ETag and Last-Modified")
                        .content(new Content().addMediaType("text/calendar",
                                new MediaType().schema(new StringSchema())));
                responses.addApiResponse("304", new ApiResponse()
                        .description("Not modified since the ETag or time the request names"));
            }
            if (path.endsWith(".csv") && responses.get("200") != null) {
                responses.get("200").description(path.startsWith("/api/v1/imports") ? "The report as CSV"
                        : "The audit log as CSV (RFC 4180)").content(new Content()
                        .addMediaType("text/csv", new MediaType().schema(new StringSchema())));
            }
            if ((path.endsWith("/report") || path.endsWith(".xml")) && responses.get("200") != null
                    && responses.get("200").getContent() != null) {
                // Documents are bytes of the exact media types listed, not JSON.
                responses.get("200").getContent().values()
                        .forEach(media -> media.schema(new StringSchema().format("binary")));
            }
            boolean queryParameters = false;
            boolean pathParameters = false;
            boolean asOf = false;
            for (var parameter : operation.getParameters() == null ? List.<Parameter>of()
                    : operation.getParameters()) {
                queryParameters |= "query".equals(parameter.getIn());
                asOf |= AsOfParameters.AS_OF.equals(parameter.getName());
                pathParameters |= "path".equals(parameter.getIn());
                if (path.startsWith(EXPORTS) && parameter.getName().equals("format")) {
                    parameter.description("csv or xlsx; without it, the Accept header chooses")
                            .schema(new StringSchema()._enum(List.of("csv", "xlsx")));
                } else if (path.startsWith(EXPORTS) && parameter.getName().equals("lang")) {
                    parameter.description("The headers' language").schema(new StringSchema()
                            ._enum(List.of("en", "it"))._default("en"));
                } else {
                    describeParameter(parameter);
                    if (path.equals("/api/v1/search")) {
                        describeSearchParameter(parameter);
                    }
                    if (path.endsWith("/report") && ("from".equals(parameter.getName())
                            || "to".equals(parameter.getName()))) {
                        parameter.description(parameter.getName().equals("from")
                                        ? "The first business day of the report, included (default: the program's start)"
                                        : "The last business day of the report, included (default: the program's end)")
                                .schema(new StringSchema().format("date").example("2017-01-01"));
                    }
                }
            }
            if (queryParameters || operation.getRequestBody() != null) {
                responses.addApiResponse("400", problem("A parameter or the body breaks its rule; it is named"));
            }
            boolean feed = path.startsWith("/api/v1/calendar-feeds/");
            if (feed) {
                // Polled by calendar apps with the link's own token in the address, never a bearer token.
                operation.setSecurity(new ArrayList<>());
            } else {
                responses.addApiResponse("401", problem("No valid token"));
            }
            if (path.startsWith("/api/v1/history") || path.startsWith("/api/v1/audit")
                    || path.equals(EXPORTS + "audit")
                    || path.startsWith("/api/v1/tokens") || path.startsWith("/api/v1/webhooks")
                    || path.startsWith("/api/v1/imports") || path.equals("/api/v1/directory/duplicates")
                    || path.equals("/api/v1/me/calendar-link") && method == PathItem.HttpMethod.POST) {
                responses.addApiResponse("403", problem("The token's role does not allow it"));
            } else if (asOf) {
                responses.addApiResponse("403", problem("asOf was given and the token's role may not audit"));
            }
            if (asOf && responses.get("200") != null) {
                labelled(responses.get("200"));
            }
            if (pathParameters || queryParameters || path.equals("/api/v1/me/calendar-link")
                    && method == PathItem.HttpMethod.GET) {
                responses.addApiResponse("404", problem(feed ? "No active calendar link has this token"
                        : "No such record among those the caller may see"));
            }
            if (path.startsWith("/api/v1/webhooks") && method == PathItem.HttpMethod.POST) {
                responses.addApiResponse("409", problem("The endpoint's state does not allow it (a test event for "
                        + "a disabled endpoint)"));
                if (operation.getRequestBody() != null) {
                    responses.addApiResponse("422", problem("A field breaks its rule, which is named (a URL that "
                            + "is not http(s) or points at a private address)"));
                }
            }
            if (path.startsWith("/api/v1/imports") && method == PathItem.HttpMethod.POST) {
                responses.addApiResponse("413", problem("The file is larger than 10 MB"));
                responses.addApiResponse("422", problem("The file, a mapping or a choice breaks its rule; the field "
                        + "and the rule are named"));
            }
            responses.addApiResponse("429", problem("Too many requests for the token or the address"));
            operation.setResponses(responses);
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describeParameter(Parameter parameter) {
        switch (parameter.getName()) {
            case "limit" -> parameter.description("Entries per page, 1 to " + Paging.MAX_LIMIT)
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(Paging.MAX_LIMIT))
                            ._default(Paging.DEFAULT_LIMIT));
            case "offset" -> parameter.description("How many entries to skip")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0));
            case "from", "to" -> parameter.description(parameter.getName().equals("from")
                            ? "The earliest recording time, inclusive: an instant or a UTC day"
                            : "The latest recording time, exclusive: an instant or a UTC day")
                    .schema(new Schema<>().anyOf(List.of(new StringSchema().format("date").example("2017-05-16"),
                            new StringSchema().format("date-time").example("2017-05-16T09:30:00Z"))));
            case AsOfParameters.AS_OF -> parameter.description("As recorded: the moment whose record is read, "
                            + "an instant (Z or an offset) or a UTC day, meaning the end of that day; not in the "
                            + "future. Not with happenedBy")
                    .schema(new Schema<>().anyOf(List.of(new StringSchema().format("date").example("2019-03-30"),
                            new StringSchema().format("date-time").example("2019-03-30T12:00:00Z"))));
            case AsOfParameters.HAPPENED_BY -> parameter.description("As happened: the last business day "
                            + "whose events count, included, whenever they were recorded. Not with asOf")
                    .schema(new StringSchema().format("date").example("2019-03-30"));
            case "recordType" -> parameter.description("The kind of record")
                    .schema((Schema) new StringSchema()._enum(Arrays.stream(RecordType.values())
                            .filter(type -> type != RecordType.OTHER && type != RecordType.ACCESS).map(RecordType::label).toList()));
            case "country" -> parameter.description("An ISO 3166-1 two-letter country code, such as CN")
                    .schema(new StringSchema().pattern("^[A-Za-z]{2}$"));
            default -> {
                if (parameter.getSchema() != null && "string".equals(parameter.getSchema().getType())
                        && parameter.getSchema().getFormat() == null && parameter.getSchema().getEnum() == null
                        && parameter.getSchema().getMaxLength() == null && "query".equals(parameter.getIn())) {
                    parameter.getSchema().maxLength(200);
                }
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describeSearchParameter(Parameter parameter) {
        switch (parameter.getName()) {
            case "q" -> parameter.required(true).description("What to look for: words, the last one possibly "
                            + "unfinished; at least " + Search.MIN_TEXT + " characters")
                    .schema(new StringSchema().minLength(Search.MIN_TEXT).maxLength(Search.MAX_TEXT)
                            .example("Fudan"));
            case "types" -> parameter.description("The kinds of record to search, separated by commas (every kind "
                            + "when absent): " + SearchController.names())
                    .schema(new StringSchema().maxLength(200).example("organization,engagement"));
            case "limit" -> parameter.description("Hits per kind and page, 1 to " + Search.MAX_LIMIT)
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(Search.MAX_LIMIT))
                            ._default(SearchController.DEFAULT_LIMIT));
            case "page" -> parameter.description("Which page of each kind's hits, from 1")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)._default(1));
            default -> {
            }
        }
    }

    private static Content exactly(Content content, String media) {
        var exact = new Content();
        if (content == null || content.isEmpty()) {
            return content;
        }
        content.forEach((type, value) -> exact.addMediaType(type.equals("*/*") ? media : type, value));
        return exact;
    }

    /** The headers that say which axis of "as of" an answer is on; absent from a live answer. */
    private static void labelled(ApiResponse answer) {
        answer.addHeaderObject(AsOfParameters.AXIS_HEADER, new Header().description("as-recorded (asOf) or "
                + "as-happened (happenedBy); absent when the answer is live").schema(new StringSchema()
                ._enum(List.of(AsOfParameters.AS_RECORDED, AsOfParameters.AS_HAPPENED))));
        answer.addHeaderObject(AsOfParameters.AS_OF_HEADER, new Header().description("The moment read, as recorded")
                .schema(new StringSchema().format("date-time")));
        answer.addHeaderObject(AsOfParameters.HAPPENED_BY_HEADER, new Header()
                .description("The last business day counted, as happened").schema(new StringSchema().format("date")));
        answer.addHeaderObject(AsOfParameters.EVENTS_HEADER, new Header()
                .description("How many events the past view was rebuilt from, as recorded")
                .schema(new IntegerSchema()));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_MEDIA,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, and for bad input the field or parameter and "
                        + "its rule")
                .addProperty("type", new StringSchema().format("uri").example(Problems.TYPE_BASE + "invalid-field"))
                .addProperty("title", new StringSchema().example("Unprocessable Entity"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("title must not be blank"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("field", new StringSchema().description("The field of the body that is refused")
                        .example("title"))
                .addProperty("parameter", new StringSchema().description("The query parameter that is refused")
                        .example("limit"))
                .addProperty("rule", new StringSchema().description("The rule the field or parameter breaks")
                        .example("must not be blank"))
                .addProperty("errorId", new StringSchema().description("For an unexpected failure: the id to quote"))
                .required(List.of("type", "title", "status"));
    }

    /**
     * Ponte's one-value records (ids, codes) as the bare strings the API exchanges, and venue date-times in the two
     * forms the API reads, rather than as the Java types behind them.
     */
    private static final class ValueSchemas implements ModelConverter {

        @Override
        public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            JavaType java = Json.mapper().constructType(type.getType());
            Class<?> raw = java == null ? null : java.getRawClass();
            if (raw != null && ValueRecordsModule.isValueRecord(raw)) {
                var schema = new StringSchema();
                if (raw.getRecordComponents()[0].getType() == UUID.class) {
                    schema.format("uuid");
                } else if (raw.getSimpleName().equals("CountryCode")) {
                    schema.pattern("^[A-Za-z]{2}$").example("IT")
                            .description("An ISO 3166-1 two-letter country code, such as IT");
                }
                return schema;
            }
            if (raw == LocalDateTime.class) {
                return new StringSchema().pattern(VenueTimes.PATTERN).example("2017-05-16T09:30:00")
                        .description("The venue's local time (2017-05-16T09:30:00), or an instant with an offset "
                                + "(2017-05-16T01:30:00Z, 2017-05-16T09:30:00+08:00) turned into the venue's time");
            }
            if (raw != null && ZoneId.class.isAssignableFrom(raw)) {
                return new StringSchema().example("Asia/Shanghai")
                        .description("An IANA time-zone name, such as Asia/Shanghai or Europe/Rome");
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }
    }
}
