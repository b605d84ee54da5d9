package vn.thidua.registration.adapter.in.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: where an officer goes next. */
@Controller
public class HomePage {

    @GetMapping("/")
    public String home() {
        return "home";
    }
}
