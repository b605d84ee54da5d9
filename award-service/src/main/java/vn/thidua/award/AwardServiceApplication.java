package vn.thidua.award;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AwardServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardServiceApplication.class, args);
    }
}
