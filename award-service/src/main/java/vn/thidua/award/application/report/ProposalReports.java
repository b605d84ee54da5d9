package vn.thidua.award.application.report;

import org.springframework.stereotype.Service;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardViewStore;
import vn.thidua.award.domain.round.ProposalReport;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.upload.ReceivedFile;

import java.text.Normalizer;

import static vn.thidua.award.application.access.AwardAccess.ROUND_READERS;

/**
 * The proposals' reports (báo cáo thành tích): an upload is inspected, then its bytes stored, and only then named
 * in a command (whose refusal discards them again); a report is read by whoever may read its proposal.
 */
@Service
public class ProposalReports {

    static final int MAX_NAME = 120;
    static final String FALLBACK = "bao-cao-thanh-tich";

    private final ReportInspector inspector;
    private final ReportFiles files;
    private final AwardViewStore views;
    private final AccessGuard guard;

    public ProposalReports(ReportInspector inspector, ReportFiles files, AwardViewStore views, AccessGuard guard) {
        this.inspector = inspector;
        this.files = files;
        this.views = views;
        this.guard = guard;
    }

    /** Checks and stores an upload; refuses a missing, empty, too large, damaged or unaccepted file. */
    public ProposalReport store(ReportUpload upload) {
        if (upload == null || upload.content() == null) throw ReportInspector.REFUSALS.missing();
        try (ReceivedFile file = inspector.receive(upload.content())) {
            ReportFormat format = inspector.inspect(file.path());
            String name = safeName(upload.fileName(), format);
            return new ProposalReport(files.store(file.path(), name, format.mediaType()), name, format.mediaType(),
                    file.sizeBytes());
        }
    }

    /** Deletes stored bytes no proposal took. */
    public void discard(ProposalReport report) {
        if (report != null) files.delete(report.reportId());
    }

    /**
     * The proposal's report ({@code roundId} null: of any round); an unknown proposal, one of another round, one
     * outside the caller's reach, or one without a report: 403.
     */
    public ReportContent content(String roundId, String proposalId) {
        guard.requireRole(ROUND_READERS);
        AwardProposalView proposal = views.proposal(proposalId).filter(p -> roundId == null || roundId.equals(p.roundId()))
                .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", proposalId));
        guard.require(proposal.unitId(), ROUND_READERS);
        NotFound none = new NotFound("báo cáo thành tích", "report", proposalId);
        if (proposal.report() == null) throw none;
        return files.find(proposal.report().reportId()).orElseThrow(() -> none);
    }

    /** A name safe to store and send back: no path, no control or invisible characters, the detected extension. */
    static String safeName(String uploaded, ReportFormat format) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{C}\\p{Zl}\\p{Zp}]", "").replaceAll("[^\\p{L}\\p{M}\\p{N} ._\\-()]", "_")
                .replaceAll("\\s+", " ");
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        name = name.replaceAll("^[. ]+|[. ]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_NAME) name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
        if (name.isBlank() || name.chars().allMatch(c -> c == '_')) name = FALLBACK;
        return name + "." + format.extension();
    }
}
