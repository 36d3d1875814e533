// Jingzhun in JShell, quick start: build a household, assess it for income year 2019, print the decision
// with every finding and its rule.
// From the repository root, after `mvn -B -q -DskipTests package`:
//   jshell --class-path examples/target/jingzhun-examples.jar examples/jshell/quickstart.jsh
// JShell stays open afterwards with `household` and `decision` defined. (In JShell a line that ends with a dot
// goes on to the next one, so the builders below break their lines after a dot.)

import io.github.jingzhun.PovertyPolicy
import io.github.jingzhun.area.*
import io.github.jingzhun.household.*
import io.github.jingzhun.money.Yuan
import java.time.LocalDate
import java.time.Year

// One member. The ID number is checked (GB 11643: check digit, birth date, sex) and never printed.
var head = Member.builder().withIdNumber(ResidentId.parse("522727198001011229")).withName("Wang Fang").
        withSex(Sex.FEMALE).withBirthDate(LocalDate.of(1980, 1, 1)).withRelation(Relation.HEAD).
        withSchooling(Schooling.NOT_SCHOOL_AGE).withHealth(Health.HEALTHY).withLabour(Labour.ORDINARY).
        withMedicalInsurance(true).build()

// Living conditions as surveyed: food, clothing, a safe house, safe water.
var conditions = LivingConditions.builder().withFoodAssured(true).withClothingAssured(true).
        withHousing(Housing.of(HousingSafety.SAFE, true, true)).
        withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70).
                withPipedToYard(true).withGuaranteeRatePercent(97).build()).
        build()

// A household in Pingtang county, Guizhou, that earned 3,000 yuan of wages in 2019.
var household = Household.builder().withId("HH-522727-0009").
        withArea(Area.of(CountyCode.parse("522727"))).addMembers(head).
        addIncome(IncomeRecord.builder().withYear(Year.of(2019)).withWage(Yuan.of(3000)).build()).
        withConditions(conditions).build()

// Assess it with the national parameters: identification, indicators, measures, exit, monitoring and audit.
var decision = PovertyPolicy.national().assess(household, Year.of(2019))
System.out.println(decision)

// Every answer is data too:
System.out.println("Outcome: " + decision.identification().outcome() + ", per-capita income " +
        decision.identification().perCapitaIncome() + " against the line " + decision.identification().line())
// ... and the decision as JSON, as other systems exchange it (json/CONTRACT.md):
System.out.println(io.github.jingzhun.json.JingzhunJson.mapper().writeValueAsString(decision).substring(0, 160) + "...")
