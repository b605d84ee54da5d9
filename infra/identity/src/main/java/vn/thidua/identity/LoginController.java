package vn.thidua.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (trang đăng nhập) and a small page for a user who signed in without coming from a service. */
@Controller
class LoginController {

    private final IdentityProperties properties;
    private final UserDirectory users;

    LoginController(IdentityProperties properties, UserDirectory users) {
        this.properties = properties;
        this.users = users;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("showDemoUsers", properties.showDemoUsers());
        model.addAttribute("demoUsers", properties.showDemoUsers() ? users.all() : java.util.List.of());
        model.addAttribute("demoPassword", properties.demoPasswordHint());
        return "login";
    }

    @GetMapping("/")
    String signedIn(Authentication authentication, Model model) {
        model.addAttribute("user", users.find(authentication.getName()).orElse(null));
        model.addAttribute("username", authentication.getName());
        return "signed-in";
    }
}
