package vn.thidua.registration.adapter.in.web.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.registration.application.campaign.SeedCampaigns;

/** The demo campaigns, only when the service runs with the {@code demo} profile (the local stack's). */
@Tag(name = "Phong trào thi đua / Campaigns")
@RestController
@RequestMapping("/api/campaigns")
@Profile("demo")
public class DemoCampaignController {

    private final SeedCampaigns seeds;

    public DemoCampaignController(SeedCampaigns seeds) {
        this.seeds = seeds;
    }

    @Operation(summary = "Phát động ba phong trào mẫu còn thiếu / Launch the three demo campaigns that are missing",
            description = "Idempotent: Đơn Dương 2020, Ban Dân tộc Lạng Sơn 2021–2025, Vĩnh Linh 2023–2025.")
    @PostMapping("/seed-demo")
    public SeedCampaigns.Result seedDemo() {
        return seeds.launchMissing();
    }
}
