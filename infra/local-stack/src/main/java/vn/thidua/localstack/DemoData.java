package vn.thidua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Demo data for the local stack, loaded through the services' own REST APIs as the demo users of the identity
 * provider, so it takes the real paths and passes the same access rules as everyone: the 2025-03-01 tree, demo
 * units of the three seed areas, the three seed campaigns and models in every stage, recognised ones through the
 * whole review, and Vĩnh Linh's review cases in every state (module README: demo data). Idempotent: a campaign that
 * already has models, and a story whose model exists, are left alone; the tree import applies only what differs.
 */
public final class DemoData {

    /** The password of every demo user of the development identity provider (README: demo users). */
    public static final String DEMO_PASSWORD = "ThiDua@2026";
    /** Configuration (tree imports, seed campaigns): the administrator. */
    static final String ADMINISTRATOR = "quantri";

    /** Who does what in one seed area: data entry (unit + managing-unit officer), recognition, board, council. */
    record AreaUsers(String officer, String recogniser, String board, String council) {
    }

    /** Seed area (organiser unit) → its demo users (infra/identity's application.yml). */
    static final Map<String, AreaUsers> AREA_USERS = Map.of(
            "D464", new AreaUsers("nhaplieu.vinhlinh", "congnhan.vinhlinh", "bandanvan.vinhlinh", "hoidong.vinhlinh"),
            "D677", new AreaUsers("nhaplieu.donduong", "congnhan.donduong", "bandanvan.donduong", "hoidong.donduong"),
            "20", new AreaUsers("nhaplieu.langson", "congnhan.langson", "bandantoc.langson", "hoidong.langson"));

    /** Seed campaign id → organiser unit code in the 2025-03-01 tree (the area whose demo units are generated). */
    static final Map<String, String> SEED_AREAS = Map.of(
            "vinh-linh-2023-2025", "D464",
            "don-duong-2020", "D677",
            "ban-dan-toc-lang-son-2021-2025", "20");

    private static final String[] FIELDS = {"COMPREHENSIVE", "ECONOMY", "CULTURE_SOCIETY", "DEFENCE_SECURITY",
            "POLITICAL_SYSTEM", "NEW_RURAL_CONSTRUCTION", "OTHER"};
    private static final String[] TITLES = {
            "Dân vận khéo trong xây dựng khu dân cư văn hóa",
            "Dân vận khéo phát triển kinh tế hộ gia đình",
            "Dân vận khéo giữ gìn bản sắc văn hóa dân tộc",
            "Dân vận khéo trong bảo đảm an ninh trật tự ở cơ sở",
            "Dân vận khéo trong xây dựng Đảng, chính quyền trong sạch, vững mạnh",
            "Dân vận khéo vận động hiến đất làm đường giao thông nông thôn",
            "Dân vận khéo trong chuyển đổi số ở thôn, bản",
            "Dân vận khéo trong giải quyết thủ tục hành chính",
            "Dân vận khéo vận động đồng bào dân tộc thiểu số không du canh, du cư"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String registration;
    private final String review;
    private final String award;
    private final PasswordGrantTokens tokens;
    private final PrintStream out;
    private final Duration timeout;

    public DemoData(String registrationUrl, String reviewUrl, String awardUrl, String identityUrl, PrintStream out,
                    Duration timeout) {
        this.registration = registrationUrl;
        this.review = reviewUrl;
        this.award = awardUrl;
        this.tokens = new PasswordGrantTokens(identityUrl, DEMO_PASSWORD);
        this.out = out;
        this.timeout = timeout;
    }

    public static DemoData forStack(RunningStack stack, PrintStream out) {
        return new DemoData(stack.serviceUrl("registration"), stack.serviceUrl("review"), stack.serviceUrl("award"),
                stack.serviceUrl(LocalStack.IDENTITY), out, Duration.ofMinutes(10));
    }

    /** Loads whatever is missing; returns the number of models registered by this call. */
    public int load() {
        Instant started = Instant.now();
        out.println("[demo] dữ liệu mẫu / loading demo data (first start takes a minute or two)");
        boolean modelsLoaded = SEED_AREAS.entrySet().stream().allMatch(seed -> hasModels(seed.getKey(), seed.getValue()));
        List<Story> missingStories = modelsLoaded ? missingStories() : List.of(Story.values());
        if (modelsLoaded && missingStories.isEmpty()) {
            out.println("[demo] đã có / already loaded");
            return 0;
        }
        int registered = 0;
        if (!modelsLoaded) {
            importReferenceTree();
            for (String area : SEED_AREAS.values()) {
                importUnits("/api/unit-imports/demo/" + area, "đơn vị mẫu / demo units " + area);
            }
            send("POST", registration + "/api/campaigns/seed-demo", json.createObjectNode(), ADMINISTRATOR, 200, 201);
            for (var seed : SEED_AREAS.entrySet()) {
                if (!hasModels(seed.getKey(), seed.getValue())) registered += modelsFor(seed.getKey(), seed.getValue());
            }
        }
        registered += reviewStories(missingStories);
        out.printf("[demo] xong / done: %d models in %d s%n", registered,
                Duration.between(started, Instant.now()).toSeconds());
        return registered;
    }

    private boolean hasModels(String campaignId, String organiser) {
        JsonNode page = get(registration + "/api/models?size=1&campaignId=" + encode(campaignId),
                AREA_USERS.get(organiser).officer());
        return page != null && page.path("total").asLong(0) > 0;
    }

    /** The 2025-03-01 administrative tree (three tiers) the seed areas are part of; only what differs is applied. */
    public void importReferenceTree() {
        importUnits("/api/unit-imports/reference/vn-units-2025-03-01", "cây đơn vị 2025-03-01 / administrative tree");
    }

    private void importUnits(String path, String what) {
        awaitImport(send("POST", registration + path, null, ADMINISTRATOR, 202), what);
    }

    /**
     * Imports a unit file (CSV or .xlsx with the columns of {@code POST /api/unit-imports}) as the administrator
     * and waits until it is applied: a small tree where the whole reference tree would take minutes.
     */
    public void importUnitFile(String fileName, byte[] content) {
        String url = registration + "/api/unit-imports";
        HttpResponse<String> response = postMultipart(url, Map.of(), fileName, "text/csv", content, ADMINISTRATOR);
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        awaitImport(readOrEmpty(response.body()), "tệp đơn vị / unit file " + fileName);
    }

    private void awaitImport(JsonNode job, String what) {
        String jobId = job.path("jobId").asText();
        int[] lastPercent = {-1};
        JsonNode finished = waitFor(() -> get(registration + "/api/unit-imports/" + jobId, ADMINISTRATOR), j -> {
            int percent = j.path("total").asInt(0) == 0 ? 0 : 100 * j.path("processed").asInt() / j.path("total").asInt();
            if (percent / 25 != lastPercent[0] / 25) {
                lastPercent[0] = percent;
                out.printf("[demo]   %s: %d%%%n", what, percent);
            }
            String status = j.path("status").asText();
            return !status.equals("QUEUED") && !status.equals("RUNNING");
        }, what);
        if (!finished.path("status").asText().equals("DONE")) {
            throw new IllegalStateException(what + ": " + finished.path("status").asText() + " " + finished.path("failure").asText());
        }
        out.printf("[demo]   %s: %d applied, %d unchanged, %d rejected%n", what, finished.path("applied").asInt(),
                finished.path("unchanged").asInt(), finished.path("rejected").asInt());
    }

    /** Units below the organiser, breadth first, until enough communes and villages are known. */
    private List<JsonNode> unitsBelow(String organiser, String user) {
        List<JsonNode> found = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(organiser));
        for (int depth = 0; depth < 3 && !frontier.isEmpty() && found.size() < 400; depth++) {
            List<String> next = new ArrayList<>();
            for (String parent : frontier.subList(0, Math.min(frontier.size(), 6))) {
                JsonNode children = get(registration + "/api/units?parentId=" + encode(parent), user);
                for (JsonNode child : items(children)) {
                    found.add(child);
                    next.add(child.path("unitId").asText());
                }
            }
            frontier = next;
        }
        return found;
    }

    private int modelsFor(String campaignId, String organiser) {
        AreaUsers users = AREA_USERS.get(organiser);
        List<JsonNode> units = unitsBelow(organiser, users.officer());
        List<JsonNode> communes = filter(units, u -> "commune".equals(u.path("level").asText()));
        List<JsonNode> villages = filter(units, u -> "village".equals(u.path("level").asText()));
        List<JsonNode> others = filter(units, u -> !"commune".equals(u.path("level").asText())
                && !"village".equals(u.path("level").asText()) && !"district".equals(u.path("level").asText()));
        List<JsonNode> registrants = new ArrayList<>();
        for (int i = 0; i < 4 && i < communes.size(); i++) registrants.add(communes.get(i));
        for (int i = 0; i < 3 && i < villages.size(); i++) registrants.add(villages.get(i));
        for (int i = 0; i < 2 && i < others.size(); i++) registrants.add(others.get(i));
        if (registrants.isEmpty()) {
            out.println("[demo]   " + campaignId + ": no units below " + organiser + ", no models");
            return 0;
        }
        List<String> modelIds = new ArrayList<>();
        for (int i = 0; i < registrants.size(); i++) {
            JsonNode unit = registrants.get(i);
            ObjectNode body = modelBody(campaignId, unit.path("unitId").asText(), TITLES[i % TITLES.length],
                    FIELDS[i % FIELDS.length]);
            boolean individual = i == 5;
            if (individual) {
                body.put("registrantKind", "INDIVIDUAL");
                ObjectNode person = body.putObject("individual");
                person.put("fullName", "Hoàng Thị Lan");
                person.put("position", "Chi hội trưởng Chi hội Phụ nữ");
                person.put("workplace", unit.path("name").asText());
            }
            if (i % 3 == 2) body.put("novelty", "CONTINUING");
            if (i == 4 && !modelIds.isEmpty()) body.put("replicaOf", modelIds.get(0)); // nhân rộng
            JsonNode created = send("POST", registration + "/api/models", body, users.officer(), 201);
            String modelId = created.path("modelId").asText();
            modelIds.add(modelId);
            if ("OTHER".equals(FIELDS[i % FIELDS.length]) && i % 2 == 0) {
                // lĩnh vực khác: the managing unit confirms the content
                String managing = unit.path("parentId").asText();
                if (!managing.isBlank()) {
                    send("POST", registration + "/api/models/" + modelId + "/content-confirmation",
                            json.createObjectNode(), users.officer(), 200, 204);
                }
            }
        }
        // withdrawn (rút đăng ký): the last one
        ObjectNode reason = json.createObjectNode().put("reason", "Đơn vị đăng ký trùng nội dung với mô hình khác");
        String last = modelIds.get(modelIds.size() - 1);
        send("POST", registration + "/api/models/" + last + "/withdrawal", reason, users.officer(), 200, 204);

        // công nhận điển hình (the cases the area's authority may take) → đề nghị → quyết định khen thưởng
        List<String> recognised = new ArrayList<>();
        String supplemented = null;
        for (String modelId : modelIds.subList(0, modelIds.size() - 1)) {
            if (recognised.size() == 3 && supplemented != null) break; // the rest wait in the board's queue
            JsonNode reviewCase = reviewCaseOf(modelId, users.recogniser());
            String status = reviewCase.path("status").asText();
            boolean ours = status.equals("NEEDS_ROUTING") || (status.equals("OPEN")
                    && organiser.equals(reviewCase.path("authorityUnitId").asText()));
            if (!ours) continue;
            String caseId = openReviewCase(modelId, users.board(), users.recogniser(), organiser);
            if (recognised.size() < 3) {
                supplyRecognitionDossier(modelId, users.officer());
                prepareForRecognition(caseId, users.recogniser(),
                        "COMPREHENSIVE".equals(reviewCase.path("field").asText()));
                recognise(caseId, users.recogniser(), (recognised.size() + 11) + "-QĐ/DV");
                recognised.add(modelId);
            } else if (supplemented == null) {
                // yêu cầu bổ sung: the case waits, the unit sees the request on the model's page
                requestSupplement(review + "/api/review-cases/" + caseId, users.recogniser(),
                        "Bổ sung báo cáo thành tích có xác nhận của cấp ủy cơ sở và 02 ảnh chân dung",
                        today().plusDays(14));
                supplemented = modelId;
            }
        }
        for (int i = 0; i < Math.min(2, recognised.size()); i++) {
            String modelId = recognised.get(i);
            ObjectNode proposal = json.createObjectNode()
                    .put("awardForm", i == 0 ? "CERTIFICATE_OF_MERIT" : "CERTIFICATE_OF_COMMENDATION")
                    .put("reason", "Mô hình tiêu biểu trong phong trào thi đua \"Dân vận khéo\"");
            JsonNode proposed = waitFor(() -> trySend("POST", award + "/api/models/" + modelId + "/award-proposals",
                    proposal, users.board(), 201).orElse(null), p -> true, "award proposal of " + modelId);
            if (i == 0) {
                ObjectNode decision = json.createObjectNode().put("outcome", "APPROVED")
                        .put("decisionNumber", "15/QĐ-UBND");
                send("POST", award + "/api/models/" + modelId + "/award-proposals/"
                        + proposed.path("proposalId").asText() + "/decision", decision, users.council(), 200, 204);
            }
        }
        out.printf("[demo]   %s: %d models (%d recognised, %d proposed, 1 awarded, %d awaiting a supplement, "
                        + "1 withdrawn)%n", campaignId, modelIds.size(), recognised.size(),
                Math.min(2, recognised.size()), supplemented == null ? 0 : 1);
        return modelIds.size();
    }

    /** A collective, new model of {@code field} for {@code unitId}: the body of {@code POST /api/models}. */
    private ObjectNode modelBody(String campaignId, String unitId, String title, String field) {
        ObjectNode body = json.createObjectNode();
        body.put("campaignId", campaignId);
        body.put("unitId", unitId);
        body.put("registrantKind", "COLLECTIVE");
        body.put("novelty", "NEW");
        body.put("title", title);
        body.put("field", field);
        body.put("content", "Vận động nhân dân cùng tham gia: " + title.toLowerCase());
        body.put("method", "Cán bộ đến từng hộ, nêu gương, họp dân công khai, dân bàn dân làm");
        body.put("expectedResults", "100% hộ gia đình tham gia; công trình hoàn thành trong năm");
        return body;
    }

    // ------------------------------------------------------------------ review cases in every state

    /** The campaign whose review cases show every state (its organiser's demo users do the work). */
    static final String STORY_CAMPAIGN = "vinh-linh-2023-2025";

    /**
     * One model of a commune of Vĩnh Linh per state its review case is brought to (README: demo data); the title
     * finds it again on a later start. Recognised cases and a supplement due in 14 days come from the models above.
     */
    enum Story {
        NEEDS_ROUTING("Dân vận khéo trong vận động hiến máu tình nguyện"),
        OPENED("Dân vận khéo trong xây dựng đường giao thông nông thôn"),
        SURVEYED("Tổ tự quản vệ sinh môi trường"),
        SUPPLEMENT_DUE_TOMORROW("Mô hình nuôi tôm công nghệ cao"),
        SUPPLEMENT_RECEIVED("Câu lạc bộ phụ nữ giúp nhau phát triển kinh tế"),
        MEETING_HELD("Dòng họ khuyến học"),
        DECLINED("Vườn rau an toàn"),
        REVOKED("Hợp tác xã dịch vụ nông nghiệp"),
        EFFECTIVENESS_ASSESSED("Camera an ninh thôn xóm"),
        WITHDRAWN("Chợ văn minh");

        final String title;

        Story(String title) {
            this.title = title;
        }
    }

    /** The stories whose model the campaign does not have yet (registration's view, searched by title). */
    private List<Story> missingStories() {
        String officer = AREA_USERS.get(SEED_AREAS.get(STORY_CAMPAIGN)).officer();
        List<Story> missing = new ArrayList<>();
        for (Story story : Story.values()) {
            JsonNode page = get(registration + "/api/models?size=50&campaignId=" + encode(STORY_CAMPAIGN) + "&q="
                    + encode(story.title), officer);
            if (items(page).stream().noneMatch(m -> story.title.equals(m.path("title").asText()))) missing.add(story);
        }
        return missing;
    }

    /**
     * Registers a model of a commune for each story and brings its case there through the APIs, as the area's
     * data-entry officer, board and recognising authority; returns the number of models registered.
     */
    private int reviewStories(List<Story> stories) {
        if (stories.isEmpty()) return 0;
        String organiser = SEED_AREAS.get(STORY_CAMPAIGN);
        AreaUsers users = AREA_USERS.get(organiser);
        List<JsonNode> communes = filter(unitsBelow(organiser, users.officer()),
                u -> "commune".equals(u.path("level").asText()));
        if (communes.isEmpty()) {
            out.println("[demo]   " + STORY_CAMPAIGN + ": no communes below " + organiser + ", no review stories");
            return 0;
        }
        for (Story story : stories) {
            String unitId = communes.get(story.ordinal() % communes.size()).path("unitId").asText();
            String modelId = send("POST", registration + "/api/models",
                    modelBody(STORY_CAMPAIGN, unitId, story.title, "NEW_RURAL_CONSTRUCTION"), users.officer(), 201)
                    .path("modelId").asText();
            tell(story, modelId, users, organiser);
        }
        out.printf("[demo]   %s: %d review cases brought to their states (%s)%n", STORY_CAMPAIGN, stories.size(),
                String.join(", ", stories.stream().map(Story::name).toList()));
        return stories.size();
    }

    /** Brings the model's case to the story's state; no rule routes a commune today, the board routes by hand. */
    private void tell(Story story, String modelId, AreaUsers users, String authority) {
        if (story == Story.NEEDS_ROUTING) {
            reviewCaseOf(modelId, users.recogniser()); // waits in the board's queue
            return;
        }
        String caseId = openReviewCase(modelId, users.board(), users.recogniser(), authority);
        String base = review + "/api/review-cases/" + caseId;
        String recogniser = users.recogniser();
        switch (story) {
            case SURVEYED -> survey(base, recogniser);
            case SUPPLEMENT_DUE_TOMORROW ->
                    // the earliest due day the API takes (it must be after today): overdue from the day after
                    requestSupplement(base, recogniser, "Bổ sung báo cáo thành tích có xác nhận của Đảng ủy xã",
                            vietnamToday().plusDays(1));
            case SUPPLEMENT_RECEIVED -> {
                survey(base, recogniser);
                requestSupplement(base, recogniser, "Bổ sung ảnh hoạt động của mô hình", vietnamToday().plusDays(20));
                // the unit answers through registration: the photo reaches the case through Kafka
                upload(modelId, "PHOTO", "Ảnh hoạt động.png", "image/png", DemoFiles.png("supplement " + modelId),
                        users.officer());
            }
            case MEETING_HELD -> {
                survey(base, recogniser);
                meeting(base, recogniser, true);
            }
            case DECLINED -> {
                survey(base, recogniser);
                meeting(base, recogniser, false);
                send("POST", base + "/declination", json.createObjectNode().put("decidedOn", today().toString())
                        .set("reasons", json.createArrayNode().add("Mô hình mới triển khai, chưa có kết quả rõ nét")),
                        recogniser, 204);
            }
            case REVOKED -> {
                recogniseWholly(modelId, caseId, users, "21-QĐ/DV");
                send("POST", base + "/revocation", json.createObjectNode().put("decidedOn", today().toString())
                        .put("decisionNumber", "25-QĐ/DV")
                        .set("reasons", json.createArrayNode().add("Mô hình đã ngừng hoạt động")), recogniser, 204);
            }
            case EFFECTIVENESS_ASSESSED -> {
                recogniseWholly(modelId, caseId, users, "22-QĐ/DV");
                LocalDate day = today();
                send("POST", base + "/effectiveness", json.createObjectNode()
                        .put("milestone", day.getMonthValue() <= 6 ? "SIX_MONTH" : "YEAR_END")
                        .put("year", day.getYear()).put("verdict", "EFFECTIVE")
                        .put("evidence", "Báo cáo sơ kết của Đảng ủy xã").put("assessedOn", day.toString()),
                        recogniser, 204);
            }
            case WITHDRAWN -> send("POST", registration + "/api/models/" + modelId + "/withdrawal",
                    json.createObjectNode().put("reason", "Đơn vị rút đăng ký để hoàn thiện mô hình"),
                    users.officer(), 200, 204);
            default -> { } // OPENED: routed, nothing more
        }
    }

    /** The unit's dossier, the authority's work and the decision (the same steps as the models above). */
    private void recogniseWholly(String modelId, String caseId, AreaUsers users, String decisionNumber) {
        supplyRecognitionDossier(modelId, users.officer());
        prepareForRecognition(caseId, users.recogniser(), false);
        recognise(caseId, users.recogniser(), decisionNumber);
    }

    private void requestSupplement(String base, String recogniser, String request, LocalDate dueOn) {
        send("POST", base + "/supplement-requests", json.createObjectNode().put("request", request)
                .put("dueOn", dueOn.toString()), recogniser, 200);
    }

    // ------------------------------------------------------------------ review (xét công nhận)

    private static LocalDate today() {
        // never after the services' day (Vietnam time is ahead of UTC), so "not in the future" holds
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The services' day (Vietnam time): a due day must come after it. */
    static LocalDate vietnamToday() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The model's review case once {@code reader} sees it (review learns of the model through Kafka). */
    private JsonNode reviewCaseOf(String modelId, String reader) {
        JsonNode cases = waitFor(() -> get(review + "/api/review-cases?modelId=" + encode(modelId), reader),
                c -> !items(c).isEmpty(), "review case of " + modelId);
        return items(cases).get(0);
    }

    /**
     * The model's case, open before {@code authorityUnitId}: when no routing rule fitted (the 2025-03-01 tree's
     * districts are gone on today's table), the board routes it there by hand, with a reason. Returns its id.
     */
    public String openReviewCase(String modelId, String board, String recogniser, String authorityUnitId) {
        JsonNode reviewCase = reviewCaseOf(modelId, recogniser);
        String caseId = reviewCase.path("reviewCaseId").asText();
        if (reviewCase.path("status").asText().equals("NEEDS_ROUTING")) {
            send("POST", review + "/api/review-cases/" + caseId + "/routing", json.createObjectNode()
                    .put("authorityUnitId", authorityUnitId)
                    .put("reason", "Kế hoạch phong trào giao cấp huyện xét công nhận các mô hình trên địa bàn"),
                    board, 204);
            reviewCase = waitFor(() -> get(review + "/api/review-cases/" + caseId, recogniser),
                    c -> c.path("status").asText().equals("OPEN"), "routing of " + caseId);
        }
        if (!authorityUnitId.equals(reviewCase.path("authorityUnitId").asText())) {
            throw new IllegalStateException("case " + caseId + " is " + reviewCase.path("status").asText()
                    + " before " + reviewCase.path("authorityUnitId").asText() + ", not " + authorityUnitId);
        }
        return caseId;
    }

    /**
     * The unit's part of the recognition dossier, uploaded to registration as {@code officer}: an achievement
     * report, two photos of the model and two portraits (small generated files).
     */
    public void supplyRecognitionDossier(String modelId, String officer) {
        upload(modelId, "ACHIEVEMENT_REPORT", "Báo cáo thành tích.pdf", "application/pdf",
                DemoFiles.pdf("Bao cao thanh tich, mo hinh " + modelId), officer);
        for (int i = 1; i <= 2; i++) {
            upload(modelId, "PHOTO", "Ảnh mô hình " + i + ".png", "image/png",
                    DemoFiles.png("photo " + i + " " + modelId), officer);
            upload(modelId, "PORTRAIT", "Ảnh chân dung " + i + ".png", "image/png",
                    DemoFiles.png("portrait " + i + " " + modelId), officer);
        }
    }

    /**
     * The authority's work on an open case, as {@code recogniser}: survey, the criteria of a comprehensive model,
     * the minutes and the submission, and a review meeting that passes.
     */
    public void prepareForRecognition(String caseId, String recogniser, boolean comprehensive) {
        String base = review + "/api/review-cases/" + caseId;
        String day = today().toString();
        survey(base, recogniser);
        if (comprehensive) {
            ObjectNode criteria = json.createObjectNode();
            var marks = criteria.putArray("criteria");
            for (String criterion : new String[] {"ORGANISATIONS_COMPLETED_WELL", "SCHOOLS_ADVANCED",
                    "CULTURAL_STANDARD", "MEMBERS_NINETY_PERCENT_WELL", "INDIVIDUAL_EXCELLENT"}) {
                marks.addObject().put("criterion", criterion).put("met", true).put("evidence", "Biên bản đánh giá");
            }
            send("POST", base + "/criteria", criteria, recogniser, 204);
        }
        String ref = caseId.substring(0, Math.min(8, caseId.length()));
        for (String[] document : new String[][] {{"MINUTES", "BB-" + ref, "Biên bản họp xét"},
                {"SUBMISSION", "TTr-" + ref, "Tờ trình"}}) {
            String url = base + "/authority-documents";
            HttpResponse<String> response = postMultipart(url,
                    Map.of("kind", document[0], "reference", document[1], "issuedOn", day), document[2] + ".pdf",
                    "application/pdf", DemoFiles.pdf(document[2] + " " + document[1]), recogniser);
            if (response.statusCode() != 204) {
                throw new IllegalStateException("POST " + url + " (" + document[0] + ") answered "
                        + response.statusCode() + ": " + response.body());
            }
        }
        meeting(base, recogniser, true);
    }

    /** A survey of today by two inspectors (base: the case's URL). */
    private void survey(String base, String recogniser) {
        ObjectNode survey = json.createObjectNode().put("surveyedOn", today().toString())
                .put("findings", "Mô hình hoạt động đều, người dân đồng tình, kết quả rõ");
        survey.putArray("inspectors").add("Trần Văn Bình").add("Lê Thị Hoa");
        send("POST", base + "/surveys", survey, recogniser, 204);
    }

    /** A review meeting of today, all three members present: three for, or one for and two against. */
    private void meeting(String base, String recogniser, boolean passes) {
        ObjectNode meeting = json.createObjectNode().put("heldOn", today().toString()).put("chair", "Nguyễn Văn Hùng")
                .put("membersTotal", 3).put("votesFor", passes ? 3 : 1).put("votesAgainst", passes ? 0 : 2)
                .put("votesAbstaining", 0).put("conclusion", passes ? "Thống nhất đề nghị công nhận mô hình điển hình"
                        : "Chưa đề nghị công nhận: kết quả chưa rõ nét");
        meeting.putArray("membersPresent").add("Nguyễn Văn Hùng").add("Trần Văn Bình").add("Lê Thị Hoa");
        send("POST", base + "/meeting", meeting, recogniser, 204);
    }

    /** Once the case's dossier is complete (the unit's documents travel through Kafka), recognises it. */
    public void recognise(String caseId, String recogniser, String decisionNumber) {
        waitFor(() -> get(review + "/api/review-cases/" + caseId, recogniser),
                c -> c.path("missing").isArray() && c.path("missing").isEmpty()
                        && c.path("meeting").path("passed").asBoolean(false), "complete dossier of " + caseId);
        send("POST", review + "/api/review-cases/" + caseId + "/recognition", decision(decisionNumber),
                recogniser, 204);
    }

    /** A recognition decision of today, signed for the district. */
    public JsonNode decision(String decisionNumber) {
        return json.createObjectNode().put("decisionNumber", decisionNumber).put("decidedOn", today().toString())
                .put("signer", "Nguyễn Văn Hùng").put("level", "district");
    }

    private void upload(String modelId, String kind, String fileName, String mediaType, byte[] content,
                        String user) {
        String url = registration + "/api/models/" + modelId + "/documents";
        HttpResponse<String> response = postMultipart(url, kind, fileName, mediaType, content, user);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " (" + kind + ") answered " + response.statusCode()
                    + ": " + response.body());
        }
    }

    // ------------------------------------------------------------------ HTTP

    /** A multipart POST of one file (part {@code file}) and, unless null, a part {@code kind}. */
    private HttpResponse<String> postMultipart(String url, String kind, String fileName, String mediaType,
                                               byte[] content, String user) {
        return postMultipart(url, kind == null ? Map.of() : Map.of("kind", kind), fileName, mediaType, content, user);
    }

    /** A multipart POST of one file (part {@code file}) and a text part per entry of {@code fields}. */
    private HttpResponse<String> postMultipart(String url, Map<String, String> fields, String fileName,
                                               String mediaType, byte[] content, String user) {
        String boundary = "----thidua-demo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", tokens.bearer(user))
                .header("X-Correlation-Id", "demo-" + UUID.randomUUID())
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "POST " + url);
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node == null) return list;
        JsonNode array = node.isArray() ? node : node.path("items");
        array.forEach(list::add);
        return list;
    }

    private static List<JsonNode> filter(List<JsonNode> nodes, Predicate<JsonNode> keep) {
        return nodes.stream().filter(keep).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode get(String url, String user) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", tokens.bearer(user))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode send(String method, String url, JsonNode body, String user, int... accepted) {
        HttpResponse<String> response = exchange(method, url, body, user);
        for (int status : accepted) {
            if (response.statusCode() == status) return readOrEmpty(response.body());
        }
        throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    private Optional<JsonNode> trySend(String method, String url, JsonNode body, String user, int accepted) {
        HttpResponse<String> response = exchange(method, url, body, user);
        return response.statusCode() == accepted ? Optional.of(readOrEmpty(response.body())) : Optional.empty();
    }

    private HttpResponse<String> exchange(String method, String url, JsonNode body, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", tokens.bearer(user))
                .header("X-Correlation-Id", "demo-" + UUID.randomUUID())
                .header("Accept", "application/json");
        try {
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
        }
        return exchange(request, method + " " + url);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode readOrEmpty(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private interface Probe {
        JsonNode get();
    }

    /** Polls until the condition holds (events travel asynchronously between services). */
    private JsonNode waitFor(Probe probe, Predicate<JsonNode> done, String what) {
        Instant deadline = Instant.now().plus(timeout);
        long pause = 100;
        while (Instant.now().isBefore(deadline)) {
            JsonNode value = probe.get();
            if (value != null && done.test(value)) return value;
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
            pause = Math.min(pause * 2, 1000);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }
}
