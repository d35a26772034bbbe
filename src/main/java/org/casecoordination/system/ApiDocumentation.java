package org.casecoordination.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API (/v3/api-docs, Swagger UI at /swagger-ui.html, for logged-in users). The
 * error answers are added here, the same way for every /api endpoint, from what the endpoint declares, so a new
 * endpoint cannot be documented without them:
 * <ul>
 * <li>401 and 403 always (not logged in; not this caller's team or role, a temporary password, a cross-site
 * browser request);</li>
 * <li>400 when it takes a body or parameters (invalid values, named in {@code field});</li>
 * <li>404 when its path names a record ({@code {caseNumber}}, {@code {taskId}}, {@code {id}});</li>
 * <li>409 on every write: the record is in a state that refuses it, or someone changed it at the same moment.</li>
 * </ul>
 * An answer an endpoint documents itself ({@code @ApiResponse}) is kept as it is. Every error has the one shape of
 * {@link ControllerRules}: {@code {"errors": [{"field", "message"}]}}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String ERRORS_SCHEMA = "Errors";
    static final String BASIC = "basicAuth";
    static final String PROVIDER_TOKEN = "providerToken";
    static final String TWILIO_SIGNATURE = "twilioSignature";

    /** The providers' door (services.ProviderApiSecurity): a provider's bearer token instead of a user's password. */
    private static final Pattern PROVIDER_PATHS = Pattern.compile(
            "^/api/(provider/.*|referrals/[^/]+/(response|delivery))$");
    /** Twilio's webhooks (messaging.TwilioWebhookSecurity): its request signature, no user. */
    private static final Pattern TWILIO_PATHS = Pattern.compile("^/api/sms/twilio/.*$");

    @Bean
    OpenAPI caseCoordinationApi() {
        return new OpenAPI()
                .info(new Info().title("case-coordination JSON API").version("1")
                        .description("Everything under /api. Users authenticate with HTTP Basic (the same users as "
                                + "the pages), providers' systems with their bearer token. Every error has one shape: "
                                + "{\"errors\": [{\"field\": \"client.lastName\", \"message\": \"...\"}]}, field null "
                                + "for errors that belong to no field."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(PROVIDER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A provider's token (POST /api/providers/{id}/tokens)"))
                        .addSecuritySchemes(TWILIO_SIGNATURE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Twilio-Signature")
                                .description("Twilio's signature of the request, keyed with the account's auth token")));
    }

    @Bean
    OpenApiCustomizer errorAnswers() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            // here rather than on the bean: springdoc drops schemas that nothing refers to before customizers run
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(ERRORS_SCHEMA, errorsSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> document(path, method, operation)));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        boolean provider = PROVIDER_PATHS.matcher(path).matches();
        boolean twilio = TWILIO_PATHS.matcher(path).matches();
        operation.setSecurity(List.of(new SecurityRequirement().addList(twilio ? TWILIO_SIGNATURE
                : provider ? PROVIDER_TOKEN : BASIC)));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            add(responses, "400", "Invalid request: each invalid value named in field (null for the request as a "
                    + "whole, such as a body that is not JSON). Nothing was written.");
        }
        add(responses, "401", twilio ? "Not answered: a request without a valid signature gets 403."
                : provider ? "No valid provider token (Authorization: Bearer <token>)."
                : "Not logged in: send a user name and password with HTTP Basic.");
        add(responses, "403", twilio ? "No valid X-Twilio-Signature for this URL and these parameters. Nothing "
                + "changed." : provider ? "Not a provider's token, or not this provider's referral."
                : "Not for this caller: another team's record, a role that may not do this, a temporary password "
                        + "to change first, or a cross-site browser request. Nothing was written.");
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            add(responses, "404", "No such record.");
        }
        if (write) {
            add(responses, "409", "The record's state refuses this (for example a closed case, a task someone "
                    + "else has), or it changed at the same moment. Nothing was written; reload and try again.");
        }
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ERRORS_SCHEMA)))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema errorsSchema() {
        Schema error = new ObjectSchema()
                .addProperty("field", new StringSchema().nullable(true)
                        .description("The invalid value's path in the request (client.lastName, answers[8]); null "
                                + "when the error belongs to no field"))
                .addProperty("message", new StringSchema().description("What is wrong, for a person to read"));
        error.setRequired(List.of("field", "message"));
        Schema errors = new ObjectSchema().addProperty("errors", new ArraySchema().items(error))
                .description("The one error shape of the JSON API");
        errors.setRequired(List.of("errors"));
        errors.setExample(Map.of("errors", List.of(Map.of("field", "text", "message", "Write the note first."))));
        return errors;
    }
}
