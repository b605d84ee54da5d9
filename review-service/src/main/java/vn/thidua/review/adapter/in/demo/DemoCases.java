package vn.thidua.review.adapter.in.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.review.application.ReviewCaseCommands;
import vn.thidua.review.application.ReviewCaseStore;
import vn.thidua.review.application.routing.OrganisationTree;
import vn.thidua.review.application.routing.RouteResult;
import vn.thidua.review.application.routing.RoutingTables;
import vn.thidua.review.domain.AuthorityDocumentKind;
import vn.thidua.review.domain.CloseReviewCaseCommand;
import vn.thidua.review.domain.EffectivenessVerdict;
import vn.thidua.review.domain.NoteDossierDocumentCommand;
import vn.thidua.review.domain.OpenReviewCaseCommand;
import vn.thidua.review.domain.RecognitionDecision;
import vn.thidua.review.domain.RequestSupplementCommand;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.review.domain.ReviewMilestone;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Demo cases of Vĩnh Linh's authority in every state (profile {@code demo} only), once the tree copy knows the
 * district: opened, needs routing, surveyed, supplement requested (one overdue), meeting held, recognised,
 * declined, revoked, effectiveness assessed, closed by withdrawal. Model ids are fixed; a case present is skipped.
 */
@Component
@Profile("demo")
public class DemoCases {

    static final String AUTHORITY = "D464";
    static final String CAMPAIGN = "vinh-linh-2023-2025";
    static final List<String> COMMUNES = List.of("W19363", "W19369");
    /** A day of the district era: the communes' cases go to the district (rule 5). */
    static final LocalDate REGISTERED = LocalDate.of(2024, 10, 1);
    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    /** A one-page PDF saying what it is (viewers rebuild the cross-reference table). */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
            + "/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n"
            + "4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 72 760 Td (Demo document) Tj ET\nendstream endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final CommandGateway gateway;
    private final ReviewCaseCommands commands;
    private final ReviewCaseStore cases;
    private final RoutingTables routing;
    private final OrganisationTree tree;
    private final Clock clock;

    public DemoCases(CommandGateway gateway, ReviewCaseCommands commands, ReviewCaseStore cases, RoutingTables routing,
                     OrganisationTree tree, Clock clock) {
        this.gateway = gateway;
        this.commands = commands;
        this.cases = cases;
        this.routing = routing;
        this.tree = tree;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedWhenTheTreeArrives() {
        Thread seeding = new Thread(this::seed, "review-demo-cases");
        seeding.setDaemon(true);
        seeding.start();
    }

    /** The demo cases by key, each with what brings it to its state (run as the district's authority). */
    Map<String, Consumer<String>> stories(LocalDate today) {
        Map<String, Consumer<String>> stories = new LinkedHashMap<>();
        stories.put("opened", id -> { });
        stories.put("surveyed", this::survey);
        stories.put("supplement-requested", id -> {
            survey(id);
            commands.requestSupplement(id, "Bổ sung ảnh hoạt động của mô hình", today.plusDays(20));
        });
        stories.put("supplement-overdue", id -> gateway.sendAndWait(new RequestSupplementCommand(id,
                UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString(),
                "Bổ sung báo cáo thành tích có xác nhận của Đảng ủy xã", today.minusDays(7), today.minusDays(30))));
        stories.put("meeting-held", id -> {
            survey(id);
            meeting(id, 7);
        });
        stories.put("recognised", this::recognise);
        stories.put("declined", id -> {
            survey(id);
            meeting(id, 2);
            commands.decline(id, LocalDate.of(2024, 11, 5), List.of("Mô hình mới triển khai, chưa có kết quả rõ nét"));
        });
        stories.put("revoked", id -> {
            recognise(id);
            commands.revoke(id, LocalDate.of(2025, 6, 10), "20-QĐ/HU", List.of("Mô hình đã ngừng hoạt động"));
        });
        stories.put("effectiveness-assessed", id -> {
            recognise(id);
            commands.assessEffectiveness(id, ReviewMilestone.SIX_MONTH, 2025, EffectivenessVerdict.EFFECTIVE,
                    "Báo cáo sơ kết 6 tháng của Đảng ủy xã", LocalDate.of(2025, 6, 25));
        });
        stories.put("withdrawn", id -> gateway.sendAndWait(new CloseReviewCaseCommand(id, "Đơn vị rút đăng ký")));
        return stories;
    }

    /** Waits for the district and its communes in the tree copy, then opens the cases that are missing. */
    void seed() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (tree.find(AUTHORITY).isEmpty() || COMMUNES.stream().anyMatch(c -> tree.find(c).isEmpty())) {
            if (System.nanoTime() > deadline || !pause(Duration.ofSeconds(5))) return;
        }
        Caller authority = new Caller("demo:huyen-uy-vinh-linh", AUTHORITY, List.of("RECOGNISING_AUTHORITY"),
                "review-demo-cases");
        LocalDate today = VietnamTime.today(clock);
        int opened = 0;
        int number = 0;
        for (Map.Entry<String, Consumer<String>> story : stories(today).entrySet()) {
            String modelId = modelId(story.getKey());
            String caseId = ReviewCaseIds.forModel(modelId);
            String unitId = COMMUNES.get(number++ % COMMUNES.size());
            if (cases.find(caseId).isPresent()) continue;
            try {
                RouteResult route = routing.route(unitId, null, REGISTERED);
                open(caseId, modelId, unitId, story.getKey(), route);
                CurrentCaller.runAs(authority, () -> story.getValue().accept(caseId));
                opened++;
            } catch (RuntimeException e) {
                LOG.warn("[demo] review case {} not seeded: {}", story.getKey(), e.toString());
            }
        }
        needsRouting();
        LOG.info("[demo] review cases of {}: {} opened", AUTHORITY, opened);
    }

    /** The demo model of a story (fixed, so a restart finds its case). */
    static String modelId(String story) {
        return UUID.nameUUIDFromBytes(("review-demo:" + story).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A case of the province itself, which no rule fits: it waits for the board. */
    private void needsRouting() {
        String modelId = modelId("needs-routing");
        String caseId = ReviewCaseIds.forModel(modelId);
        String province = tree.find(AUTHORITY).map(u -> u.parentId()).orElse(null);
        if (province == null || cases.find(caseId).isPresent()) return;
        try {
            RouteResult route = routing.route(province, null, REGISTERED);
            open(caseId, modelId, province, "needs-routing", route);
        } catch (RuntimeException e) {
            LOG.warn("[demo] review case needs-routing not seeded: {}", e.toString());
        }
    }

    private void open(String caseId, String modelId, String unitId, String story, RouteResult route) {
        gateway.sendAndWait(new OpenReviewCaseCommand(caseId, modelId, CAMPAIGN, unitId,
                "Mô hình trình diễn: " + TITLES.getOrDefault(story, story), "NEW_RURAL_CONSTRUCTION", false,
                route.routing(), route.reason(), "COLLECTIVE"));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (cases.find(caseId).isEmpty() && System.nanoTime() < until) pause(Duration.ofMillis(100));
    }

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("opened", "Dân vận khéo trong xây dựng đường giao thông nông thôn"),
            Map.entry("surveyed", "Tổ tự quản vệ sinh môi trường"),
            Map.entry("supplement-requested", "Câu lạc bộ phụ nữ giúp nhau phát triển kinh tế"),
            Map.entry("supplement-overdue", "Mô hình nuôi tôm công nghệ cao"),
            Map.entry("meeting-held", "Dòng họ khuyến học"),
            Map.entry("recognised", "Thắp sáng đường quê"),
            Map.entry("declined", "Vườn rau an toàn"),
            Map.entry("revoked", "Hợp tác xã dịch vụ nông nghiệp"),
            Map.entry("effectiveness-assessed", "Camera an ninh thôn xóm"),
            Map.entry("withdrawn", "Chợ văn minh"),
            Map.entry("needs-routing", "Ban chỉ đạo cấp tỉnh"));

    private void survey(String caseId) {
        commands.recordSurvey(caseId, LocalDate.of(2024, 10, 15), List.of("Trần Thị Bình", "Lê Văn An"),
                "Mô hình hoạt động đều, được nhân dân đồng tình");
    }

    private void meeting(String caseId, int votesFor) {
        commands.holdMeeting(caseId, LocalDate.of(2024, 10, 20), "Nguyễn Văn Hùng",
                List.of("Nguyễn Văn Hùng", "Trần Thị Bình", "Lê Văn An", "Phạm Thị Hoa", "Hoàng Văn Nam",
                        "Võ Thị Mai", "Đặng Văn Tú"), 9, votesFor, 7 - votesFor, 0,
                votesFor > 3 ? "Đề nghị công nhận điển hình" : "Chưa đề nghị công nhận");
    }

    private void recognise(String caseId) {
        survey(caseId);
        meeting(caseId, 7);
        int n = 0;
        for (String kind : List.of("ACHIEVEMENT_REPORT", "PHOTO", "PHOTO", "PORTRAIT", "PORTRAIT")) {
            gateway.sendAndWait(new NoteDossierDocumentCommand(caseId, caseId + "-unit-" + n++, kind,
                    kind.toLowerCase() + ".pdf", REGISTERED));
        }
        commands.recordAuthorityDocument(caseId, AuthorityDocumentKind.MINUTES, "05-BB/HU", LocalDate.of(2024, 10, 20),
                "bien-ban-hop-xet.pdf", new ByteArrayInputStream(PDF));
        commands.recordAuthorityDocument(caseId, AuthorityDocumentKind.SUBMISSION, "07-TTr/HU",
                LocalDate.of(2024, 10, 21), "to-trinh.pdf", new ByteArrayInputStream(PDF));
        commands.recognize(caseId, new RecognitionDecision("12-QĐ/HU", LocalDate.of(2024, 11, 1), "Nguyễn Văn Hùng",
                "district"));
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
