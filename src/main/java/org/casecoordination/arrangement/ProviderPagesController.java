package org.casecoordination.arrangement;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider directory in the browser: search for everyone, editing, tokens and CSV import for administrators. */
@Controller
class ProviderPagesController {

    /** A message key: {@link AllowedGroups#because()}. */
    static final String ADMINS_ONLY = "refusal.providers.adminsOnly";

    static final String LIST = "providers/list";
    static final String EDIT = "providers/edit";
    static final String IMPORT = "providers/import";

    private final ProviderDirectory directory;
    private final ProviderCsvImport csvImport;
    private final ProviderTokens tokens;
    private final ProviderTokenRepository tokenRepository;
    private final CurrentUser currentUser;
    private final Words words;

    ProviderPagesController(ProviderDirectory directory, ProviderCsvImport csvImport, ProviderTokens tokens,
            ProviderTokenRepository tokenRepository, CurrentUser currentUser, Words words) {
        this.words = words;
        this.directory = directory;
        this.csvImport = csvImport;
        this.tokens = tokens;
        this.tokenRepository = tokenRepository;
        this.currentUser = currentUser;
    }

    @InitBinder("provider")
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/providers")
    String list(@RequestParam(required = false) String serviceType, @RequestParam(required = false) String area,
            @RequestParam(required = false) String language, @RequestParam(required = false) String q, Model model) {
        ServiceType type = ServiceType.of(serviceType).orElse(null);
        model.addAttribute("providers", directory.search(new ProviderSearch(type, area, language, q)));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("serviceType", type);
        model.addAttribute("area", area);
        model.addAttribute("language", language);
        model.addAttribute("q", q);
        model.addAttribute("isAdmin", isAdmin());
        return LIST;
    }

    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @GetMapping("/admin/providers/new")
    String newProvider(Model model) {
        model.addAttribute("provider", new ProviderForm());
        return EDIT;
    }

    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @GetMapping("/admin/providers/{id}")
    String edit(@PathVariable long id, Model model) {
        Provider provider = directory.find(id);
        model.addAttribute("provider", ProviderForm.of(provider.details()));
        return editPage(id, model);
    }

    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @PostMapping({"/admin/providers", "/admin/providers/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("provider") ProviderForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Provider saved = directory.save(id, form);
            redirect.addFlashAttribute("message", words.text("providerEdit.saved", saved.getName()));
            return "redirect:/admin/providers/" + saved.getId();
        } catch (InvalidProviderException e) {
            for (FieldError error : e.errors()) {
                binding.rejectValue(error.field(), "invalid", error.message());
            }
            model.addAttribute("error", words.text("providerEdit.invalid"));
            return id == null ? EDIT : editPage(id, model);
        }
    }

    /** The token is shown on the next page once; only its hash is kept. */
    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @PostMapping("/admin/providers/{id}/tokens")
    String createToken(@PathVariable long id, @RequestParam(required = false) String label,
            RedirectAttributes redirect) {
        ProviderTokens.NewToken token = tokens.create(id, label, currentUser.id());
        redirect.addFlashAttribute("newToken", token.token());
        redirect.addFlashAttribute("message", words.text("providerEdit.tokenCreated"));
        return "redirect:/admin/providers/" + id;
    }

    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @PostMapping("/admin/providers/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(id, tokenId);
        redirect.addFlashAttribute("message", words.text("providerEdit.tokenRevoked"));
        return "redirect:/admin/providers/" + id;
    }

    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @GetMapping("/admin/providers/import")
    String importPage(Model model) {
        model.addAttribute("columns", ProviderCsvImport.COLUMNS.stream().sorted().toList());
        return IMPORT;
    }

    @AllowedGroups(value = Groups.ADMINS, because = ADMINS_ONLY)
    @PostMapping("/admin/providers/import")
    String importCsv(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("columns", ProviderCsvImport.COLUMNS.stream().sorted().toList());
        if (file.isEmpty()) {
            model.addAttribute("error", csvImport.noFileChosen());
            return IMPORT;
        }
        List<ProviderCsvImport.RowResult> results;
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            results = new ArrayList<>(csvImport.run(reader));
        }
        model.addAttribute("results", results);
        model.addAttribute("imported", results.stream().filter(ProviderCsvImport.RowResult::imported).count());
        model.addAttribute("refused", results.stream().filter(r -> !r.imported()).count());
        return IMPORT;
    }

    private String editPage(long id, Model model) {
        model.addAttribute("providerId", id);
        model.addAttribute("tokens", tokenRepository.findByProviderIdOrderByCreatedAtDesc(id));
        return EDIT;
    }

    private boolean isAdmin() {
        return currentUser.groups().contains(Groups.ADMINS);
    }

}
