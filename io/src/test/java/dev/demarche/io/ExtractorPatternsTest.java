package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Actor;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attribution patterns of newswire, one sentence or short text each, with the statements
 * expected: speaker (resolved name), mention as written, mode, speech act, and content.
 */
class ExtractorPatternsTest {
  private static final Extractor EXTRACTOR = Demarche.extractor();

  /** One expected statement, written "speaker | mention | MODE | ACT | content". */
  static Arguments text(String name, String text, String... statements) {
    return Arguments.of(name, text, List.of(statements));
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        text("cue after a direct quote",
            "\"We will not back down,\" Foreign Minister Maria Lopez said.",
            "Maria Lopez | Foreign Minister Maria Lopez | DIRECT | SAY | We will not back down,"),
        text("cue before a direct quote after a colon",
            "Prime Minister Jane Doe said: \"The talks are over.\"",
            "Jane Doe | Prime Minister Jane Doe | DIRECT | SAY | The talks are over."),
        text("curly quotes and a comma before the quotation",
            "President Paul Okoro warned, “Any attack will be answered.”",
            "Paul Okoro | President Paul Okoro | DIRECT | WARN | Any attack will be answered."),
        text("inverted order",
            "\"The border stays closed,\" said the spokesman.",
            "the spokesman | the spokesman | DIRECT | SAY | The border stays closed,"),
        text("indirect speech with that",
            "The State Department said that the embassy would reopen next month.",
            "State Department | The State Department | INDIRECT | SAY | the embassy would reopen next month"),
        text("indirect speech without that",
            "Japan insisted the drilling stop.",
            "Japan | Japan | INDIRECT | INSIST | the drilling stop"),
        text("cue after indirect content",
            "The ceasefire will hold, officials said Friday.",
            "officials | officials | INDIRECT | SAY | The ceasefire will hold"),
        text("cue after the content, then an adjunct",
            "The two sides agreed to resume military talks, the ministry said in a readout.",
            "the ministry | the ministry | INDIRECT | SAY | The two sides agreed to resume military talks"),
        text("according to after the content",
            "The deal was signed in secret, according to Reuters.",
            "Reuters | Reuters | INDIRECT | SAY | The deal was signed in secret"),
        text("according to before the content",
            "According to the Foreign Ministry, the envoy was recalled.",
            "Foreign Ministry | the Foreign Ministry | INDIRECT | SAY | the envoy was recalled"),
        text("according to a statement from its author",
            "According to a statement from the State Department, the two leaders spoke by phone.",
            "State Department | the State Department | INDIRECT | SAY | the two leaders spoke by phone"),
        text("X told Y",
            "Defense Secretary John Hale told reporters the troops would stay.",
            "John Hale | Defense Secretary John Hale | INDIRECT | SAY | the troops would stay"),
        text("adding with a colon continues the speaker",
            "\"We are ready,\" he told the Senate, adding: \"We will act.\" Senator Ann Roe asked why.",
            "- | he | DIRECT | SAY | We are ready,",
            "- | he | DIRECT | SAY | We will act."),
        text("in a statement, saying",
            "In a statement on Friday, the Chinese Foreign Ministry denounced the remarks, saying,"
                + " \"This is interference.\"",
            "Foreign Ministry (China) | the Chinese Foreign Ministry | REPORTED_ACT | DENOUNCE | the remarks",
            "Foreign Ministry (China) | the Chinese Foreign Ministry | DIRECT | SAY | This is interference."),
        text("interrupted quote",
            "\"We have no choice,\" she said, \"but to leave.\" The mayor, Rosa Diaz, agreed.",
            "- | she | DIRECT | SAY | We have no choice,",
            "- | she | DIRECT | SAY | but to leave."),
        text("intervening phrase between speaker and cue",
            "Secretary of State Helen Park, speaking to reporters on Friday, said the alliance was strong.",
            "Helen Park | Secretary of State Helen Park | INDIRECT | SAY | the alliance was strong"),
        text("appositive with a title",
            "Tom Reed, the head of the agency, said the report was wrong.",
            "Tom Reed | Tom Reed | INDIRECT | SAY | the report was wrong"),
        text("name, country's title",
            "\"Stop the exploration,\" Ken Sato, Japan's trade minister, said during a news conference.",
            "Ken Sato | Ken Sato | DIRECT | SAY | Stop the exploration,"),
        text("pronoun resolves to the last person of the right gender",
            "Foreign Minister Anna Berg met President Ivan Petrov. \"We agreed,\" she said.",
            "Anna Berg | she | DIRECT | SAY | We agreed,"),
        text("it resolves to the body that spoke last",
            "The Singaporean Ministry of Foreign Affairs said in a statement that the talks went well."
                + " \"Singapore has a clear policy,\" it said.",
            "Foreign Ministry (Singapore) | The Singaporean Ministry of Foreign Affairs | INDIRECT | SAY"
                + " | the talks went well",
            "Foreign Ministry (Singapore) | it | DIRECT | SAY | Singapore has a clear policy,"),
        text("a definite description resolves to its antecedent",
            "An administration official said the visit was off. On trade, the administration official"
                + " said, talks would go on.",
            "an administration official | An administration official | INDIRECT | SAY | the visit was off",
            "an administration official | the administration official | INDIRECT | SAY | On trade",
            "an administration official | the administration official | INDIRECT | SAY | talks would go on"),
        text("anonymous sources",
            "The summit was delayed, people familiar with the matter said.",
            "people familiar with the matter | people familiar with the matter | INDIRECT | SAY"
                + " | The summit was delayed"),
        text("media as a source",
            "The plan was dropped, Bloomberg reported.",
            "Bloomberg News | Bloomberg | INDIRECT | REPORT | The plan was dropped"),
        text("a reported act with a light verb",
            "On Wednesday, Director Sam Lee issued a stern warning about the buildup.",
            "Sam Lee | Director Sam Lee | REPORTED_ACT | WARN | a stern warning about the buildup"),
        text("mixed mode: a partial quote in indirect speech",
            "The spokesman Guo Lin said the policy has \"no room for any self-definition.\"",
            "Guo Lin | The spokesman Guo Lin | MIXED | SAY | the policy has \"no room for any self-definition.\""),
        text("no speaker at all",
            "\"Nothing will change for the people of this region in the coming years.\"",
            "- | - | DIRECT | SAY | Nothing will change for the people of this region in the coming years."),
        text("a quotation continued in the next paragraph",
            "\"We will rebuild,\" Mayor Lena Vogt said.\n\"Every street will be repaired before winter"
                + " comes again.\"",
            "Lena Vogt | Mayor Lena Vogt | DIRECT | SAY | We will rebuild,",
            "Lena Vogt | - | DIRECT | SAY | Every street will be repaired before winter comes again."),
        text("a short quotation going on from one of the same paragraph",
            "\"We will win,\" Mayor Lena Vogt said. \"Always.\" \"Never surrender!\" was the slogan.",
            "Lena Vogt | Mayor Lena Vogt | DIRECT | SAY | We will win,",
            "Lena Vogt | - | DIRECT | SAY | Always."),
        text("a speaker named after a long quotation",
            "\"The region needs calm, the region needs dialogue, and above all the region needs leaders"
                + " who listen to each other,\" Chancellor Otto Brandt said.",
            "Otto Brandt | Chancellor Otto Brandt | DIRECT | SAY | The region needs calm, the region needs"
                + " dialogue, and above all the region needs leaders who listen to each other,"),
        text("a passive is not a statement",
            "The minister is expected to resign, and the talks have not been stated in public.",
            new String[0]),
        text("inverted order between two parts of a quotation",
            "\"We stand ready\" tweeted Premier Ola Berg \"to help.\"",
            "Ola Berg | Premier Ola Berg | DIRECT | SAY | We stand ready",
            "Ola Berg | Premier Ola Berg | DIRECT | SAY | to help."),
        text("a weak cue with a quotation in its clause",
            "Senator Tom Watts called the deal \"lousy\".",
            "Tom Watts | Senator Tom Watts | MIXED | SAY | the deal \"lousy\""),
        text("a participle after the main clause takes the sentence's subject",
            "In June, the Supreme Court ruled against it, saying the reason was contrived.",
            "Supreme Court | the Supreme Court | INDIRECT | SAY | the reason was contrived"),
        text("told a briefing that",
            "Foreign Ministry spokesperson Mao Ning told a regular press briefing on Monday that Beijing"
                + " opposes the visit.",
            "Mao Ning | Foreign Ministry spokesperson Mao Ning | INDIRECT | SAY | Beijing opposes the visit",
            "China | Beijing | REPORTED_ACT | REJECT | the visit"),
        text("said at a news conference that",
            "The council said at a news conference in Taipei that the drills were provocative.",
            "the council | The council | INDIRECT | SAY | the drills were provocative"),
        text("a cue inside the content of another makes no statement of its own",
            "Prime Minister Fumio Kishida told parliament that Japan would respond calmly.",
            "Fumio Kishida | Prime Minister Fumio Kishida | INDIRECT | SAY | Japan would respond calmly"),
        text("an indefinite spokesperson is someone new",
            "Spokesman Li Wei spoke first. A State Department spokesperson said the talks went on.",
            "a State Department spokesperson | A State Department spokesperson | INDIRECT | SAY"
                + " | the talks went on"),
        text("a family name first, after a native name",
            "President Xi Jinping (習近平) met officials. Xi said the talks went well.",
            "Xi Jinping | Xi | INDIRECT | SAY | the talks went well"),
        text("a name suffix",
            "President Ferdinand Marcos Jr. vowed to defend the islands.",
            "Ferdinand Marcos Jr. | President Ferdinand Marcos Jr. | REPORTED_ACT | PROMISE | to defend the islands"),
        text("a document and its author",
            "The Ministry of Defense spoke first. The statement, issued by the Foreign Ministry late Sunday,"
                + " called the drills \"a serious provocation.\"",
            "Foreign Ministry | The statement | MIXED | SAY | the drills \"a serious provocation.\""),
        text("officials in a capital are its country's",
            "Officials in Seoul, however, played down the risk.",
            "officials in Seoul | Officials in Seoul | REPORTED_ACT | REJECT | the risk"),
        text("a ministry in a capital is that country's",
            "The foreign ministry in Tokyo said Japan was watching closely.",
            "Foreign Ministry (Japan) | The foreign ministry in Tokyo | INDIRECT | SAY | Japan was watching closely"),
        text("a statement's author speaks through it",
            "The council issued a joint statement expressing concern over the drills.",
            "the council | The council | REPORTED_ACT | SAY | a joint statement expressing concern over the drills",
            "the council | The council | REPORTED_ACT | EXPRESS_CONCERN | concern over the drills"),
        text("quoted by a medium as saying",
            "Deputy Foreign Minister Sergei Ryabkov was quoted by TASS as saying that Moscow was ready.",
            "Sergei Ryabkov | Deputy Foreign Minister Sergei Ryabkov | INDIRECT | SAY | Moscow was ready"),
        text("a passive with two agents",
            "The agreement was welcomed by Turkey and Qatar.",
            "Turkey | Turkey | REPORTED_ACT | WELCOME | The agreement",
            "Qatar | Qatar | REPORTED_ACT | WELCOME | The agreement"),
        text("honorifics make persons and give their gender",
            "Ms Lopez met Mr Tan. \"We agreed,\" she said.",
            "Lopez | she | DIRECT | SAY | We agreed,"),
        text("declining to comment is no statement",
            "The ministry's spokesman, Lin Jian, declined to comment.",
            new String[0]),
        text("a time between the speaker and the cue",
            "Beijing on Wednesday lodged a protest with Tokyo over the remarks.",
            "China | Beijing | REPORTED_ACT | DENOUNCE | a protest"),
        text("a body and where it sits",
            "The Chinese embassy in Berlin said that Germany should stop interfering.",
            "Embassy (China) | The Chinese embassy in Berlin | INDIRECT | SAY | Germany should stop interfering"),
        text("a pronoun's cue inside another statement is part of its content",
            "North Korea warned on Friday that it would respond to the drills.",
            "North Korea | North Korea | INDIRECT | WARN | it would respond to the drills"),
        text("a title of a place before the name",
            "First Minister of Scotland Nicola Sturgeon said the vote mattered.",
            "Nicola Sturgeon | First Minister of Scotland Nicola Sturgeon | INDIRECT | SAY | the vote mattered"),
        text("two statements joined by and",
            "One interviewee said people changed their minds and several said they were tired.",
            "one interviewee | One interviewee | INDIRECT | SAY | people changed their minds",
            "several | several | INDIRECT | SAY | they were tired"),
        text("a gerund after a preposition is no statement",
            "Critics blamed him for encouraging farmers to set fires.",
            "critics | Critics | REPORTED_ACT | ACCUSE | him for encouraging farmers to set fires"),
        text("single quotation marks, as British papers use them",
            "'We are ready to talk,' the foreign secretary said. He added: 'But we will not be bullied.'",
            "the foreign secretary | the foreign secretary | DIRECT | SAY | We are ready to talk,",
            "the foreign secretary | He | DIRECT | SAY | But we will not be bullied."),
        text("coordinated speakers with words between them",
            "Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov said sanctions failed.",
            "Wang Yi | Foreign Minister Wang Yi | INDIRECT | SAY | sanctions failed",
            "Sergei Lavrov | Sergei Lavrov | INDIRECT | SAY | sanctions failed"),
        text("one person with two titles",
            "Mainland Affairs Council Deputy Minister and spokesman Liang Wen-chieh (梁文傑) said Beijing"
                + " should listen.",
            "Liang Wen-chieh | spokesman Liang Wen-chieh | INDIRECT | SAY | Beijing should listen"),
        text("a description resolves through the organisation of a title",
            "Democratic Progressive Party Legislator Wang Ting-yu spoke. Kuomintang Chairman Eric Chu said"
                + " the party opposed the plan.",
            "Eric Chu | Kuomintang Chairman Eric Chu | INDIRECT | SAY | the party opposed the plan",
            "Kuomintang | the party | REPORTED_ACT | REJECT | the plan"),
        text("a second verb of the same subject after but",
            "Foreign Minister Anna Berg said Germany stood by its ally, but urged restraint.",
            "Anna Berg | Foreign Minister Anna Berg | INDIRECT | SAY | Germany stood by its ally",
            "Anna Berg | Foreign Minister Anna Berg | REPORTED_ACT | URGE | restraint"),
        text("a government body in lower case",
            "The ambassador was summoned, the foreign office said.",
            "Foreign Ministry | the foreign office | INDIRECT | SAY | The ambassador was summoned"),
        text("a quantifier standing for people",
            "Several said they were tired.",
            "several | Several | INDIRECT | SAY | they were tired"),
        text("a passive with its agent",
            "The attack was claimed by the Islamic Resistance Front.",
            "Islamic Resistance Front | Islamic Resistance Front | REPORTED_ACT | CLAIM | The attack"),
        text("an act with a clause",
            "The ministry announced US troops would leave Syria.",
            "the ministry | The ministry | INDIRECT | ANNOUNCE | US troops would leave Syria"),
        text("an act with an object",
            "The minister blamed Iran for the attack.",
            "the minister | The minister | REPORTED_ACT | ACCUSE | Iran for the attack"),
        text("coordinated speakers each make the statement",
            "The border will reopen, officials and a diplomat said.",
            "officials | officials | INDIRECT | SAY | The border will reopen",
            "a diplomat | a diplomat | INDIRECT | SAY | The border will reopen"),
        text("inverted cue after a quote, then any adjunct",
            "\"We did not expect this,\" said Okafor after the vote. \"The people have spoken.\"",
            "Okafor | Okafor | DIRECT | SAY | We did not expect this,",
            "Okafor | - | DIRECT | SAY | The people have spoken."),
        text("an interrupted quote resumes after an adjunct",
            "\"The talks failed,\" wrote Lindqvist on Twitter, \"and we will not return.\"",
            "Lindqvist | Lindqvist | DIRECT | SAY | The talks failed,",
            "Lindqvist | Lindqvist | DIRECT | SAY | and we will not return."),
        text("a person described by a family tie, named in apposition",
            "\"It was a hard day,\" said her brother, Tomas Brandt, at the funeral.",
            "Tomas Brandt | her brother | DIRECT | SAY | It was a hard day,"),
        text("an unattributed quotation ends the chain of continuations",
            "\"We will vote no,\" said Senator Ida Holm. The crowd cheered.\n"
                + "\"Nobody here wants this war,\" one banner in the square proclaimed loudly to all. "
                + "\"Peace is the only option we have left.\"",
            "Ida Holm | Senator Ida Holm | DIRECT | SAY | We will vote no,",
            "- | - | DIRECT | SAY | Peace is the only option we have left."),
        text("a named person and where they belong",
            "Maria Santos of the Green Party said the law was unjust.",
            "Maria Santos | Maria Santos | INDIRECT | SAY | the law was unjust"),
        text("a named person and the group they come from, not in the gazetteer",
            "Ken Tanaka from the opposition bloc said the budget would fail.",
            "Ken Tanaka | Ken Tanaka | INDIRECT | SAY | the budget would fail"),
        text("a name spelt with and without diacritics is one person",
            "President Ahmet Yıldız spoke on Monday. Later, Yildiz said the vote was fair.",
            "Ahmet Yıldız | Yildiz | INDIRECT | SAY | the vote was fair"),
        text("an aside between dashes",
            "The minister said — as reported by local media — \"The plan is final.\"",
            "the minister | The minister | DIRECT | SAY | The plan is final."),
        text("a statement speaks for whoever issued it, also later",
            "The Northern Command released a statement saying the base was secure. "
                + "\"No one was hurt,\" read the statement.",
            "Northern Command | a statement | INDIRECT | SAY | the base was secure",
            "Northern Command | the statement | DIRECT | SAY | No one was hurt,"),
        text("an inverted speaker with role words before the name",
            "\"The ice is thinning fast,\" said field team leader Anna Berg.",
            "Anna Berg | leader Anna Berg | DIRECT | SAY | The ice is thinning fast,"),
        text("a definite common noun for the person who just spoke",
            "\"The ice is thinning,\" said Anna Berg. The Oslo geologist added, \"We must measure it.\"",
            "Anna Berg | Anna Berg | DIRECT | SAY | The ice is thinning,",
            "Anna Berg | The Oslo geologist | DIRECT | SAY | We must measure it."),
        text("people from somewhere are the speakers, not the place",
            "Researchers from the Technical University of Delft and the Port of Rotterdam in Zeeland"
                + " reported that the dam was leaking.",
            "researchers | Researchers | INDIRECT | REPORT | the dam was leaking"),
        text("a second verb of the same speaker after a comma and 'and'",
            "In her speech, Moreau stressed her support for the treaty, and reiterated that France would"
                + " sign it.",
            "Moreau | Moreau | INDIRECT | INSIST | her support for the treaty",
            "Moreau | Moreau | INDIRECT | REITERATE | France would sign it"),
        text("a group linked to a country speaks, not the country",
            "Rebels backed by Rwanda made threats against the mission.",
            "rebels | Rebels | REPORTED_ACT | THREATEN | threats against the mission"),
        text("an organisation in a place, with an aside before the cue",
            "The Green League in Turku, in its statement, said the plan was reckless.",
            "Green League | Green League | INDIRECT | SAY | the plan was reckless"),
        text("asked someone for something",
            "The premier asked the governor for an extension in March.",
            "the premier | The premier | REPORTED_ACT | ASK | an extension"),
        text("a weak verb of saying with a clause",
            "Senator Lena Voss has long maintained the program is a waste of money.",
            "Lena Voss | Senator Lena Voss | INDIRECT | INSIST | the program is a waste of money"),
        text("a weak verb without a clause is no speech",
            "The two countries maintained close ties for decades."),
        text("a speech delivered is a reported act",
            "The chancellor delivered her annual budget speech on Tuesday.",
            "the chancellor | The chancellor | REPORTED_ACT | SAY | her annual budget speech"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void findsTheStatementsOfThePattern(String name, String text, List<String> expected) {
    Extraction x = EXTRACTOR.extract("t", text);
    List<String> found =
        x.statements().stream().map(s -> describe(x, s)).collect(Collectors.toList());
    assertEquals(expected, found, () -> "in: " + text);
    for (Statement s : x.statements()) {
      assertEquals(s.content(), x.article().text(s.contentSpan()));
      s.speakerMention().ifPresent(m -> assertEquals(m.text(), x.article().text(m.span())));
      assertTrue(s.cue().isPresent() || s.speakerMention().isEmpty() || s.content().length() > 20);
    }
  }

  private static String describe(Extraction x, Statement s) {
    String speaker = s.speaker().map(x::expectActor).map(Actor::name).orElse("-");
    String mention = s.speakerMention().map(Mention::text).orElse("-");
    return speaker + " | " + mention + " | " + s.mode() + " | " + s.speechAct() + " | " + s.content();
  }
}
