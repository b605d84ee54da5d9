package vn.thidua.registration.application.campaign;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;
import vn.thidua.registration.domain.campaign.LaunchCampaignCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static vn.thidua.contracts.MilestoneKind.FINAL_REVIEW;
import static vn.thidua.contracts.MilestoneKind.OTHER;
import static vn.thidua.contracts.MilestoneKind.PRELIMINARY_REVIEW;
import static vn.thidua.contracts.MilestoneKind.QUARTERLY_WORK;
import static vn.thidua.contracts.TargetComparison.AT_LEAST;
import static vn.thidua.contracts.TargetComparison.MORE_THAN;

/**
 * The three campaigns of the seed plans, as data, for demonstrations and the local stack (profile {@code demo}
 * only): {@value #DON_DUONG}, {@value #LANG_SON} and {@value #VINH_LINH}. Organisers are the statistics office's
 * codes of the locality whose organ organises the campaign; target kinds are codes of the organisation tree. The
 * service README tells each seed's story and the dates chosen where a plan gives none.
 */
@Service
@Profile("demo")
public class SeedCampaigns {

    public static final String DON_DUONG = "don-duong-2020";
    public static final String LANG_SON = "ban-dan-toc-lang-son-2021-2025";
    public static final String VINH_LINH = "vinh-linh-2023-2025";

    private final CampaignCommands campaigns;

    public SeedCampaigns(CampaignCommands campaigns) {
        this.campaigns = campaigns;
    }

    /** The three seed campaigns, oldest first. */
    public List<LaunchCampaignCommand> requests() {
        return List.of(donDuong2020(), langSonEthnicCommittee2021to2025(), vinhLinh2023to2025());
    }

    /** Which seed campaigns were launched now and which already existed. */
    public record Result(List<String> launched, List<String> alreadyPresent) {
    }

    /** Launches whichever seed campaigns do not exist yet; calling it again launches nothing. */
    public Result launchMissing() {
        List<String> launched = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (LaunchCampaignCommand request : requests()) {
            if (campaigns.exists(request.campaignId())) {
                present.add(request.campaignId());
                continue;
            }
            try {
                CurrentCaller.runAs(seedCaller(request), () -> campaigns.launch(request));
                launched.add(request.campaignId());
            } catch (RuleViolation e) {
                if (!CampaignCommands.CAMPAIGN_EXISTS.equals(e.code())) throw e;
                present.add(request.campaignId()); // launched meanwhile by a concurrent call
            }
        }
        return new Result(launched, present);
    }

    /** The seeding acts as the service on the organiser's behalf (the administrator who asked is no board officer). */
    private static Caller seedCaller(LaunchCampaignCommand request) {
        var current = CurrentCaller.get();
        return new Caller("system:seed-demo", request.organiserUnitId(), List.of(AccessGuard.SYSTEM_ROLE),
                current.map(Caller::correlationId).orElse(null));
    }

    /** Seed 001: Kế hoạch thực hiện phong trào thi đua "Dân vận khéo" trong xây dựng nông thôn mới năm 2020. */
    static LaunchCampaignCommand donDuong2020() {
        return new LaunchCampaignCommand(DON_DUONG, "D677",
                "Phong trào thi đua “Dân vận khéo” trong xây dựng nông thôn mới năm 2020",
                "Ban Dân vận Huyện ủy Đơn Dương (tỉnh Lâm Đồng) thực hiện Kế hoạch số 75-KH/BDVTU ngày 03/3/2020 "
                        + "của Ban Dân vận Tỉnh ủy Lâm Đồng: xây dựng, nhân rộng các mô hình, điển hình “Dân vận khéo” "
                        + "trong xây dựng nông thôn mới kiểu mẫu, đô thị văn minh năm 2020, nhất là ở vùng đồng bào dân "
                        + "tộc thiểu số, vùng đồng bào có đạo; thiết thực kỷ niệm 90 năm truyền thống công tác dân vận "
                        + "của Đảng.",
                2020, 2020,
                // "Quý I và quý II: tổ chức khảo sát và triển khai đăng ký thi đua xây dựng các mô hình": the plan
                // implements the province's plan of 03/3/2020, so registration opens then and closes with quarter II
                List.of(new CampaignWindow("Khảo sát, đăng ký xây dựng mô hình (quý I – II)", day(2020, 3, 3),
                        day(2020, 6, 30))),
                List.of(new CampaignMilestone(QUARTERLY_WORK,
                                "Quý I – II: quán triệt văn bản mới về công tác dân vận; khảo sát, triển khai đăng ký "
                                        + "thi đua xây dựng mô hình, điển hình “Dân vận khéo” ở cơ sở; kiểm tra, đôn đốc "
                                        + "Khối dân vận cơ sở", day(2020, 6, 30)),
                        new CampaignMilestone(PRELIMINARY_REVIEW,
                                "Sơ kết 6 tháng đầu năm việc xây dựng mô hình “Dân vận khéo”, triển khai nhiệm vụ "
                                        + "6 tháng cuối năm 2020", day(2020, 6, 30)),
                        new CampaignMilestone(QUARTERLY_WORK,
                                "Quý III: đôn đốc, hướng dẫn xây dựng mô hình; phóng sự “Đơn Dương với những mô hình, "
                                        + "điển hình Dân vận khéo” giai đoạn 2015 – 2020; kế hoạch tuyên truyền kỷ niệm "
                                        + "90 năm Ngày truyền thống công tác dân vận của Đảng", day(2020, 9, 30)),
                        new CampaignMilestone(OTHER,
                                "Kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 – 15/10/2020)",
                                day(2020, 10, 15)),
                        new CampaignMilestone(QUARTERLY_WORK,
                                "Quý IV: thẩm định các mô hình, điển hình “Dân vận khéo” ở các xã, thị trấn để đề nghị "
                                        + "khen thưởng; trao Kỷ niệm chương “Vì sự nghiệp công tác dân vận”",
                                day(2020, 12, 31)),
                        new CampaignMilestone(FINAL_REVIEW,
                                "Tổng kết phong trào thi đua “Dân vận khéo” trong xây dựng nông thôn mới kiểu mẫu, đô "
                                        + "thị văn minh năm 2020; triển khai nhiệm vụ năm 2021", day(2020, 12, 31))),
                List.of(), // the plan sets no coverage targets
                1);
    }

    /** Seed 003: the Ethnic Committee's plan for "Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới". */
    static LaunchCampaignCommand langSonEthnicCommittee2021to2025() {
        return new LaunchCampaignCommand(LANG_SON, "20",
                "Phong trào thi đua “Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 – 2025 "
                        + "tại Ban Dân tộc",
                "Ban Dân tộc tỉnh Lạng Sơn thực hiện Kế hoạch số 146/KH-UBND ngày 23/6/2022 của UBND tỉnh. Đối "
                        + "tượng: công chức, người lao động cơ quan Ban Dân tộc. Hình thức khen thưởng: Bằng khen của "
                        + "Chủ tịch UBND tỉnh; Giấy khen của Trưởng Ban Dân tộc tỉnh.",
                2021, 2025,
                // "Xây dựng kế hoạch triển khai thực hiện phong trào thi đua từ quý III năm 2022": no deadline is
                // given, so registration is that quarter
                List.of(new CampaignWindow("Đăng ký thi đua (quý III/2022)", day(2022, 7, 1), day(2022, 9, 30))),
                List.of(new CampaignMilestone(QUARTERLY_WORK,
                                "Quý III/2022: xây dựng kế hoạch triển khai thực hiện phong trào thi đua",
                                day(2022, 9, 30)),
                        // "tiến hành sơ kết, đánh giá, rút kinh nghiệm vào năm 2023": by the end of that year
                        new CampaignMilestone(PRELIMINARY_REVIEW,
                                "Sơ kết, đánh giá, rút kinh nghiệm phong trào thi đua", day(2023, 12, 31)),
                        new CampaignMilestone(FINAL_REVIEW,
                                "Tổng kết phong trào thi đua giai đoạn 2021 – 2025; đề nghị khen thưởng tập thể, cá "
                                        + "nhân tiêu biểu", day(2025, 12, 31))),
                List.of(), // an agency's own campaign: no coverage targets
                1);
    }

    /** Seed 004: Vĩnh Linh's plan to push "Dân vận khéo" 2023–2025 towards the 70th anniversary. */
    static LaunchCampaignCommand vinhLinh2023to2025() {
        return new LaunchCampaignCommand(VINH_LINH, "D464",
                "Đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025 gắn với chào mừng kỷ niệm 70 năm "
                        + "truyền thống Vĩnh Linh (25/8/1954 – 25/8/2024)",
                "Kế hoạch của Ban Thường vụ Huyện ủy Vĩnh Linh (tỉnh Quảng Trị); Ban Dân vận Huyện ủy chủ trì tham "
                        + "mưu, theo dõi, đôn đốc và nhận hồ sơ đăng ký mô hình. Chỉ tiêu: 100% cấp ủy, tổ chức đảng, cơ "
                        + "quan, đơn vị, địa phương có kế hoạch thực hiện phong trào; hằng năm phát động xây dựng ít "
                        + "nhất 01 – 02 mô hình “Dân vận khéo”; trên 80% cơ quan, đơn vị, 100% xã, thị trấn, trên 75% "
                        + "thôn, bản, khu phố có mô hình được đăng ký hồ sơ và hoạt động hiệu quả.",
                2023, 2025,
                // "Thời gian hoàn thành hồ sơ: Tháng 8/2023 và tháng 2/2024 (đối với các mô hình phát sinh)"
                List.of(new CampaignWindow("Đợt 1", day(2023, 1, 1), day(2023, 8, 31)),
                        new CampaignWindow("Đợt 2 (mô hình phát sinh)", day(2023, 9, 1), day(2024, 2, 29))),
                List.of(new CampaignMilestone(OTHER, "Bình xét, công nhận điển hình “Dân vận khéo” năm 2023",
                                day(2023, 12, 31)),
                        new CampaignMilestone(PRELIMINARY_REVIEW,
                                "Sơ kết, biểu dương, khen thưởng gắn với tổng kết phong trào thi đua chào mừng kỷ niệm "
                                        + "70 năm truyền thống Vĩnh Linh (25/8/1954 – 25/8/2024)", day(2024, 8, 25)),
                        new CampaignMilestone(OTHER, "Bình xét, công nhận điển hình “Dân vận khéo” năm 2024",
                                day(2024, 12, 31)),
                        new CampaignMilestone(OTHER,
                                "Kỷ niệm 70 năm Ngày thành lập Đặc khu Vĩnh Linh (16/6/1955 – 16/6/2025)",
                                day(2025, 6, 16)),
                        new CampaignMilestone(FINAL_REVIEW,
                                "Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025; biểu dương, khen "
                                        + "thưởng, nhân rộng mô hình", day(2025, 12, 31))),
                List.of(new CampaignTarget("agency", MORE_THAN, 80), // trên 80% các cơ quan, đơn vị
                        new CampaignTarget("commune", AT_LEAST, 100), // 100% các xã, thị trấn
                        new CampaignTarget("village", MORE_THAN, 75)), // trên 75% các thôn, bản, khu phố
                1); // "ít nhất 01 - 02 mô hình" a year: at least one
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
