package org.casecoordination.processes.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.CaseDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.rest.dto.repository.DeploymentWithDefinitionsDto;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.camunda.bpm.engine.rest.mapper.MultipartPayloadProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.casecoordination.processes.deployment.ProcessDeployments.Deployed;
import org.casecoordination.processes.deployment.ProcessDeployments.How;
import org.casecoordination.processes.AnalystAccess;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.casecoordination.system.CachedBodyRequest;
import org.casecoordination.system.EnginePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Camunda's own deployment doors, {@code deployment/create} (what Camunda Modeler's Deploy button calls) and
 * {@code deployment/{id}/redeploy}, under each of the engine API's prefixes ({@link EnginePath}), lead to the same
 * place as the Processes page: {@link ProcessDeployments#upload}, which validates, deploys the files with the rest of
 * processes/ and forms/ as the next version of the app's one deployment and writes them into the folders. The
 * engine REST API never sees these requests. Only process analysts deploy; everyone else gets 403 saying so.
 * Answers keep Camunda's shapes: the deployment (200) or {@code {"type", "message"}}, which Modeler shows.
 */
class EngineDeploymentFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineDeploymentFilter.class);
    private static final Pattern CREATE = Pattern.compile("^/deployment/create/?$");
    private static final Pattern REDEPLOY = Pattern.compile("^/deployment/([^/]+)/redeploy/?$");
    /** The form fields of deployment/create that are not files (Camunda's DeploymentRestServiceImpl). */
    private static final Set<String> NOT_FILES = Set.of("deployment-name", "deployment-source",
            "enable-duplicate-filtering", "deploy-changed-only", "tenant-id", "deployment-activation-time");
    private static final String MODELER_SOURCE = "Camunda Modeler";
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern NAMED_ENGINE = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine)/engine/([^/]+)/");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ProcessDeployments deployments;
    private final RepositoryService repositoryService;
    private final AsApplication asApplication;
    private final ObjectMapper json;
    private final String engineName;
    private final MessageSource messages;
    private final LocaleResolver languages;
    /** Camunda's REST API writes dates this way (engine-rest's JacksonConfigurator). */
    private final ObjectMapper camundaJson;

    EngineDeploymentFilter(ProcessDeployments deployments, RepositoryService repositoryService,
            AsApplication asApplication, ObjectMapper json, String engineName, MessageSource messages,
            LocaleResolver languages) {
        this.engineName = engineName;
        this.messages = messages;
        this.languages = languages;
        this.deployments = deployments;
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
        this.json = json;
        this.camundaJson = json.copy().setDateFormat(new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || EnginePath.of(request)
                .filter(path -> path.matches(CREATE) || path.matches(REDEPLOY)).isEmpty()
                || !namesThisEngine(request);
    }

    /** A named engine that is not this application's: the engine API answers that its own way. */
    private boolean namesThisEngine(HttpServletRequest request) {
        Matcher named = NAMED_ENGINE.matcher(PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/"));
        return !named.find() || named.group(1).equals(engineName);
    }

    /** Answers in the language the app's pages would use for this request (before Spring MVC has set it). */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocaleContext outer = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(languages.resolveLocale(request));
        try {
            deploy(request, response, chain);
        } finally {
            LocaleContextHolder.setLocaleContext(outer);
        }
    }

    private void deploy(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EnginePath path = EnginePath.of(request).orElseThrow();
        Optional<Caller> caller = path.webappEngine() == null ? springCaller()
                : webappCaller(request, path.webappEngine());
        if (caller.isEmpty()) {
            chain.doFilter(request, response); // not logged in: Camunda's webapp answers 401 its own way
            return;
        }
        String refusal = AnalystAccess.deployRefusal(caller.get().groups());
        if (refusal != null) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", words(refusal));
            return;
        }
        if (path.webappEngine() != null && !webappCsrfTokenMatches(request)) {
            // Camunda's webapps guard their session with a token: a page of another site has none
            response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
            error(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                    words("processes.deployment.csrf"));
            return;
        }
        long started = System.nanoTime();
        try {
            Map<String, byte[]> files;
            How how = How.ENGINE_API;
            Matcher redeploy = path.matcher(REDEPLOY);
            if (redeploy.matches()) {
                files = redeployed(redeploy.group(1), CachedBodyRequest.of(request).body());
            } else {
                Created created = created(request);
                files = created.files();
                how = MODELER_SOURCE.equals(created.source()) ? How.MODELER : How.ENGINE_API;
            }
            Deployed deployed = deployments.upload(files, caller.get().id(), how);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            camundaJson.writeValue(response.getOutputStream(), answer(deployed));
            log.info("Engine API deployment by {} ({} files): deployment {}{} in {} ms", caller.get().id(),
                    files.size(), deployed.deployment().getId(), deployed.isNew() ? "" : " (unchanged)",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ProcessResourcesRejectedException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", message(e.problems()),
                    e.problems());
        } catch (UploadsOffException e) {
            error(response, HttpServletResponse.SC_CONFLICT, "UploadsOffException", e.getMessage());
        } catch (UnknownDeploymentException e) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    words("processes.deployment.unknown", e.deploymentId));
        }
    }

    private record Created(Map<String, byte[]> files, String source) {
    }

    /**
     * The files of a deployment/create request, by resource name, and the deployment-source it names (to record
     * Camunda Modeler); the other fields do not apply here.
     */
    private Created created(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw new ProcessResourcesRejectedException(List.of(ProcessProblem.error(null, null,
                    "send the files as multipart/form-data, one part per file").said("processProblem.notMultipart")));
        }
        MultipartFormData form;
        try {
            var headers = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
            headers.putSingle("content-type", contentType); // the key Camunda's reader looks up
            form = new MultipartPayloadProvider().readFrom(MultipartFormData.class, null, null,
                    jakarta.ws.rs.core.MediaType.valueOf(contentType), headers, request.getInputStream());
        } catch (RuntimeException e) {
            throw new ProcessResourcesRejectedException(List.of(ProcessProblem.error(null, null,
                    "the multipart request could not be read: " + e.getMessage())
                    .said("processProblem.multipartUnreadable", String.valueOf(e.getMessage()))));
        }
        List<ProcessProblem> problems = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        for (String part : form.getPartNames()) {
            if (NOT_FILES.contains(part)) {
                continue;
            }
            MultipartFormData.FormPart file = form.getNamedPart(part);
            String fileName = file.getFileName() != null ? file.getFileName() : part;
            addFile(files, problems, fileName, file.getBinaryContent());
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(ProcessProblem.error(null, null, "the request carries no .bpmn, .dmn or .form file")
                    .said("processProblem.noFiles"));
        }
        if (!problems.isEmpty()) {
            throw new ProcessResourcesRejectedException(problems);
        }
        files.putAll(referencedFormsFromTheCurrentDeployment(files));
        MultipartFormData.FormPart source = form.getNamedPart("deployment-source");
        return new Created(files, source == null ? null : source.getTextContent());
    }

    /** The resources of that deployment (those named in the body, when it names any), to deploy again. */
    private Map<String, byte[]> redeployed(String deploymentId, byte[] body) {
        Deployment deployment = asApplication.run(() -> repositoryService.createDeploymentQuery()
                .deploymentId(deploymentId).singleResult());
        if (deployment == null) {
            throw new UnknownDeploymentException(deploymentId);
        }
        JsonNode request = readOrEmpty(body);
        List<String> ids = texts(request.path("resourceIds"));
        List<String> names = texts(request.path("resourceNames"));
        List<ProcessProblem> problems = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        for (Resource resource : asApplication.run(() -> repositoryService.getDeploymentResources(deploymentId))) {
            if ((!ids.isEmpty() || !names.isEmpty()) && !ids.contains(resource.getId())
                    && !names.contains(resource.getName())) {
                continue;
            }
            String name = resource.getName();
            addFile(files, problems, name.substring(name.lastIndexOf('/') + 1), resource.getBytes());
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(ProcessProblem.error(null, null, "deployment " + deploymentId
                    + " has no .bpmn, .dmn or .form file to deploy again")
                    .said("processProblem.nothingToRedeploy", deploymentId));
        }
        if (!problems.isEmpty()) {
            throw new ProcessResourcesRejectedException(problems);
        }
        return files;
    }

    private static void addFile(Map<String, byte[]> files, List<ProcessProblem> problems, String fileName,
            byte[] content) {
        String name = ProcessResources.resourceName(fileName, content == null ? new byte[0] : content);
        if (name == null) {
            problems.add(ProcessProblem.error(fileName, null,
                    "only .bpmn, .dmn, .form and document template (.html) files and translations (<name>.<language>.json)"
                    + " can be deployed")
                    .said("processProblem.wrongKindToDeploy"));
        } else if (content == null || content.length == 0) {
            problems.add(ProcessProblem.error(name, null, "the file is empty").said("processProblem.empty"));
        } else {
            files.put(name, content);
        }
    }

    /**
     * Modeler sends the diagram and only the forms attached to it: a form the diagram references that neither the
     * request nor the folders hold is taken from the current deployment (the folders normally hold every one),
     * with its translations.
     */
    private Map<String, byte[]> referencedFormsFromTheCurrentDeployment(Map<String, byte[]> files) {
        Set<String> formIds = new java.util.HashSet<>();
        files.forEach((name, content) -> {
            if (name.startsWith("processes/") && name.endsWith(".bpmn")) {
                Matcher ref = FORM_REF.matcher(new String(content, StandardCharsets.UTF_8));
                while (ref.find()) {
                    formIds.add(ref.group(1));
                }
            }
        });
        if (formIds.isEmpty()) {
            return Map.of();
        }
        Set<String> held = new java.util.HashSet<>(files.keySet());
        held.addAll(deployments.folders().read().files().keySet());
        Deployment current = asApplication.run(() -> repositoryService.createDeploymentQuery()
                .deploymentName(ProcessDeployments.DEPLOYMENT_NAME).orderByDeploymentTime().desc().listPage(0, 1))
                .stream().findFirst().orElse(null);
        if (current == null) {
            return Map.of();
        }
        Map<String, byte[]> forms = new TreeMap<>();
        Set<String> taken = new java.util.HashSet<>();
        List<Resource> resources = asApplication.run(() -> repositoryService.getDeploymentResources(current.getId()));
        for (Resource resource : resources) {
            if (!resource.getName().endsWith(".form") || held.contains(resource.getName())) {
                continue;
            }
            byte[] content = resource.getBytes();
            String formId = readOrEmpty(content).path("id").asText();
            if (formIds.contains(formId)) {
                forms.put(resource.getName(), content);
                taken.add(formId);
            }
        }
        for (Resource resource : resources) { // a form's words travel with it
            FormTranslation.FileName translation = resource.getName().startsWith("forms/")
                    ? FormTranslation.FileName.of(resource.getName()) : null;
            if (translation != null && taken.contains(translation.form()) && !held.contains(resource.getName())) {
                forms.put(resource.getName(), resource.getBytes());
            }
        }
        return forms;
    }

    /**
     * Camunda's deployment answer. When nothing changed, the current deployment with the definitions it holds
     * (Camunda itself would leave them out), so Modeler can still start an instance of the diagram.
     */
    private DeploymentWithDefinitionsDto answer(Deployed deployed) {
        DeploymentWithDefinitions deployment = deployed.deployment();
        if (deployed.isNew() || deployment.getDeployedProcessDefinitions() != null) {
            return DeploymentWithDefinitionsDto.fromDeployment(deployment);
        }
        String id = deployment.getId();
        List<ProcessDefinition> processes = asApplication.run(() -> repositoryService
                .createProcessDefinitionQuery().deploymentId(id).list());
        List<DecisionDefinition> decisions = asApplication.run(() -> repositoryService
                .createDecisionDefinitionQuery().deploymentId(id).list());
        return DeploymentWithDefinitionsDto.fromDeployment(new CurrentDeployment(deployment, processes, decisions));
    }

    private record CurrentDeployment(DeploymentWithDefinitions deployment, List<ProcessDefinition> processes,
            List<DecisionDefinition> decisions) implements DeploymentWithDefinitions {

        @Override
        public String getId() {
            return deployment.getId();
        }

        @Override
        public String getName() {
            return deployment.getName();
        }

        @Override
        public Date getDeploymentTime() {
            return deployment.getDeploymentTime();
        }

        @Override
        public String getSource() {
            return deployment.getSource();
        }

        @Override
        public String getTenantId() {
            return deployment.getTenantId();
        }

        @Override
        public List<ProcessDefinition> getDeployedProcessDefinitions() {
            return processes;
        }

        @Override
        public List<CaseDefinition> getDeployedCaseDefinitions() {
            return null;
        }

        @Override
        public List<DecisionDefinition> getDeployedDecisionDefinitions() {
            return decisions;
        }

        @Override
        public List<DecisionRequirementsDefinition> getDeployedDecisionRequirementsDefinitions() {
            return null;
        }
    }

    /** "Not deployed: processes/x.bpmn: Task_Review: problem; forms/y.form: problem", in the request's language. */
    private String message(List<ProcessProblem> problems) {
        return words("processes.deployment.notDeployed", problems.stream()
                .map(p -> (p.file() == null ? "" : p.file() + ": ") + (p.elementId() == null ? "" : p.elementId()
                        + ": ") + messages.getMessage(p, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining("; ")));
    }

    /** What Modeler shows the analyst, in the request's language (Modeler sends its own Accept-Language). */
    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private record Caller(String id, List<String> groups) {
    }

    /** /engine-rest: Spring Security has authenticated the caller (HTTP Basic) before this filter. */
    private static Optional<Caller> springCaller() {
        var user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getName(), Groups.of(user.getAuthorities())));
    }

    /** /camunda/api/engine: Camunda's webapp filters run after this one; their session says who logged in. */
    private static Optional<Caller> webappCaller(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getIdentityId(),
                user.getGroupIds() == null ? List.of() : user.getGroupIds()));
    }

    /** The check Camunda's CsrfPreventionFilter makes, which runs after this filter. */
    private static boolean webappCsrfTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode readOrEmpty(byte[] body) {
        try {
            return body == null || body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private void error(HttpServletResponse response, int status, String type, String message) throws IOException {
        error(response, status, type, message, null);
    }

    private void error(HttpServletResponse response, int status, String type, String message,
            List<ProcessProblem> problems) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        if (problems != null) {
            body.put("problems", problems.stream().map(p -> {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("file", p.file());
                problem.put("element", p.elementId());
                problem.put("message", messages.getMessage(p, LocaleContextHolder.getLocale()));
                return problem;
            }).toList());
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private static final class UnknownDeploymentException extends RuntimeException {
        private final String deploymentId;

        UnknownDeploymentException(String deploymentId) {
            super("Deployment with id '" + deploymentId + "' does not exist");
            this.deploymentId = deploymentId;
        }
    }
}
