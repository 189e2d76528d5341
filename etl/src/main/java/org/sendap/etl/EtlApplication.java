package org.sendap.etl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The import command line: {@code java -jar send-etl.jar import PATH...}.
 */
@SpringBootApplication
public class EtlApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(EtlApplication.class, args)));
	}

}
