package vn.thidua.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read {@code /actuator/prometheus} ({@code thidua.security.metrics.*}): the scraper with HTTP Basic
 * {@code username}/{@code password} (plain, or with an encoding prefix such as {@code {bcrypt}}); nobody while no
 * password is set. {@code open} serves it to anyone: the local stack only (refused in the profile {@code prod}).
 */
@ConfigurationProperties("thidua.security.metrics")
public record MetricsAccessProperties(boolean open, String username, String password) {

    public MetricsAccessProperties {
        if (username == null || username.isBlank()) username = "prometheus";
        if (password != null && password.isBlank()) password = null;
    }
}
