package app.ponte.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionAgenda;
import app.ponte.agenda.MissionSummary;
import app.ponte.audit.HistoryEntry;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.directory.ContactCard;
import app.ponte.directory.Organization360;
import app.ponte.directory.OrganizationCard;
import app.ponte.followups.FollowUpItem;
import app.ponte.opportunities.OpportunityCard;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: besides what springdoc finds in the controllers, one path per command with the command's
 * own schema, one-value records (ids, country codes, themes) as the bare strings the API exchanges, and the bearer
 * token scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM = "application/problem+json";

    // What the queries answer: their ids and codes are documented as the strings the API sends, like the commands'.
    private static final List<Class<?>> ANSWERS = List.of(ProgramSummary.class, ProgramDashboard.class,
            MissionSummary.class, MissionAgenda.class, EngagementSummary.class, MissionOutcome.class,
            OpportunityCard.class, FollowUpItem.class, OrganizationCard.class, Organization360.class,
            ContactCard.class, HistoryEntry.class);

    ApiDocumentation() {
        ApiCommands.ALL.forEach(ApiDocumentation::describeValueRecords);
        ANSWERS.forEach(ApiDocumentation::describeValueRecords);
    }

    @Bean
    OpenApiCustomizer commandsInTheDocument() {
        return openApi -> {
            openApi.info(new Info().title("Ponte API").version("v1")
                    .description("Every command is POSTed to /api/v1/commands/{name}; queries are GETs, scoped to the "
                            + "caller's programs, listings paged with offset and limit (at most " + Paging.MAX_LIMIT
                            + "); errors are RFC 9457 problems."));
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSecuritySchemes("token",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
            openApi.addSecurityItem(new SecurityRequirement().addList("token"));
            ApiCommands.byPathName().forEach((name, command) -> {
                var resolved = ModelConverters.getInstance()
                        .resolveAsResolvedSchema(new AnnotatedType(command).resolveAsRef(false));
                resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
                openApi.getComponents().addSchemas(command.getSimpleName(), resolved.schema);
                var body = new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref(command.getSimpleName()))));
                var responses = new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("Recorded"))
                        .addApiResponse("403", problem("The token's role or programs do not allow it"))
                        .addApiResponse("404", problem("An id names no record"))
                        .addApiResponse("409", problem("A rule of the domain refuses it"))
                        .addApiResponse("422", problem("A field breaks its rule; field and rule are named"));
                openApi.path("/api/v1/commands/" + name, new PathItem().post(new Operation()
                        .operationId(name).tags(List.of("commands"))
                        .summary(command.getSimpleName()).requestBody(body).responses(responses)));
            });
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType()));
    }

    private static void describeValueRecords(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return;
        }
        for (var component : type.getRecordComponents()) {
            Class<?> value = component.getType();
            // A list's entries are described like a single value.
            if (component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> entry) {
                value = entry;
            }
            if (ValueRecordsModule.isValueRecord(value)) {
                var schema = new StringSchema();
                if (value.getRecordComponents()[0].getType() == UUID.class) {
                    schema.format("uuid");
                }
                SpringDocUtils.getConfig().replaceWithSchema(value, schema);
            } else if (value.isRecord() && value.getPackageName().startsWith("app.ponte") && value != type) {
                describeValueRecords(value);
            }
        }
    }
}
