package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.web.multipart.MultipartFile;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.dossier.UploadRejections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The two fields of an upload (REST and page alike), checked together so every bad field is named at once. */
record UploadForm(MultipartFile file, String kind) {

    static final String KINDS = Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    /** @throws RuleViolation naming {@code file} and/or {@code kind} */
    DocumentKind validKind() {
        List<FieldIssue> issues = new ArrayList<>();
        DocumentKind parsed = null;
        if (kind == null || kind.isBlank()) {
            issues.add(new FieldIssue("kind", "là bắt buộc, một trong: " + KINDS, "is required, one of: " + KINDS));
        } else {
            try {
                parsed = DocumentKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                issues.add(new FieldIssue("kind", "phải là một trong: " + KINDS, "must be one of: " + KINDS));
            }
        }
        boolean noFile = file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        if (noFile) issues.addAll(UploadRejections.missing().fields());
        if (issues.size() == 1 && noFile) throw UploadRejections.missing();
        if (!issues.isEmpty()) {
            String names = issues.stream().map(FieldIssue::field).collect(Collectors.joining(", "));
            throw new RuleViolation("validation", "Dữ liệu không hợp lệ ở các trường: " + names,
                    "Invalid input in fields: " + names, issues);
        }
        return parsed;
    }
}
