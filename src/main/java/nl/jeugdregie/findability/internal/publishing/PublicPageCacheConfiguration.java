package nl.jeugdregie.findability.internal.publishing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the public page cache after the security filters, so each answer still gets its security headers. */
@Configuration
class PublicPageCacheConfiguration {

	@Bean
	PublicPageCache publicPageCache() {
		return new PublicPageCache();
	}

	/** {@code jeugdregie.public-site.page-cache=false} switches the cache off: the benchmark's baseline. */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache,
			@org.springframework.beans.factory.annotation.Value("${jeugdregie.public-site.page-cache:true}") boolean enabled) {
		var registration = new FilterRegistrationBean<>(cache);
		registration.setEnabled(enabled);
		registration.addUrlPatterns("/cjg/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}
}
