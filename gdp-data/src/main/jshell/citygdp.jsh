// citygdp's jshell start-up: the API imported and the bundled data loaded as `china`.
// Used by ../../../../citygdp-jshell; usable on its own with `jshell --startup DEFAULT --startup citygdp.jsh`.
import java.time.LocalDate;
import org.citygdp.core.*;
import org.citygdp.core.domain.*;
import org.citygdp.units.*;
import org.citygdp.data.*;
var china = ChinaCities.load();
System.out.println("citygdp: `china` is " + china + "; try china.year(2025).members(Threshold.TRILLION_CLUB)");
