package nl.jeugdregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Jeugdregie: access to youth care (help requests, norm clocks, plans, allocation) and the
 * municipality's monitoring and steering on it.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
public class JeugdregieApplication {

	public static void main(String[] args) {
		SpringApplication.run(JeugdregieApplication.class, args);
	}
}
