package vn.thidua.award.adapter.in.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A report over the multipart limit is refused while the request is parsed (413 problem+json); Tomcat then reads
 * and drops the rest of the body (at most {@code server.tomcat.max-swallow-size}) so the sender gets that answer
 * instead of a reset connection. Registration's dossier uploads do the same.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowAbortedReportUploads() {
        return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
    }
}
