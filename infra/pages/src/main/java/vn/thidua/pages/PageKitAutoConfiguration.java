package vn.thidua.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.thymeleaf.ITemplateEngine;
import vn.thidua.pages.pdf.PdfDocuments;
import vn.thidua.platform.security.Refusals;

/**
 * The kit in a service with pages (Thymeleaf and the platform on the class path): its template helpers and the
 * one refusal page. Its layout, stylesheet and scripts are resources of this jar ({@code templates/kit},
 * {@code static/css}, {@code static/js}); its texts, {@code thidua/pages/kit*.properties}, join the service's.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.thymeleaf.spring6.SpringTemplateEngine", "vn.thidua.platform.actor.Caller"})
@EnableConfigurationProperties(PageKitProperties.class)
public class PageKitAutoConfiguration {

    @Bean
    public PageKitDialect pageKitDialect(PageKitProperties properties, Environment environment,
                                         MessageSource messages, ObjectProvider<UnitNames> unitNames) {
        String service = properties.getService() != null ? properties.getService()
                : environment.getProperty("spring.application.name", "").replaceFirst("-service$", "");
        return new PageKitDialect(properties, service, messages, unitNames);
    }

    @Bean
    public PdfDocuments pdfDocuments(ITemplateEngine templates) {
        return new PdfDocuments(templates);
    }

    @Bean
    public PageRefusals pageRefusals(ObjectProvider<Refusals> refusals) {
        return new PageRefusals(refusals);
    }
}
