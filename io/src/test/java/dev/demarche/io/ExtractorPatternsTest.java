package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Statement;
import java.util.List;
import java.util.Map;
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
  private static final String MONUSCO =
      "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo";

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
            "the ministry | the ministry | INDIRECT | SAY | The two sides agreed to resume military talks",
            "the two sides | The two sides | REPORTED_ACT | AGREE | to resume military talks"),
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
        text("a pronoun after a sentence whose subject acted after the last speaker is that subject",
            "Councillor Marco Bellini and businessman Trevor Okonjo lost. Bellini said he would keep his seat. Okonjo"
                + " did not concede. In a post on Facebook, he wrote that the count was wrong.",
            "Marco Bellini | Bellini | INDIRECT | SAY | he would keep his seat",
            "Trevor Okonjo | he | INDIRECT | SAY | the count was wrong"),
        text("an interrupted quote goes on after whom it was told",
            "\"We expect aftershocks,\" he told the radio station DZMM, \"so people should stay out.\"",
            "- | he | DIRECT | SAY | We expect aftershocks,",
            "- | he | DIRECT | SAY | so people should stay out."),
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
        text("users, drivers and commuters speak as anonymous sources",
            "\"I gave this app my sleep,\" one user wrote on Reddit. A driver said the road was icy. One commuter"
                + " said the trains were late.",
            "one user | one user | DIRECT | SAY | I gave this app my sleep,",
            "a driver | A driver | INDIRECT | SAY | the road was icy",
            "one commuter | One commuter | INDIRECT | SAY | the trains were late"),
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
        text("a statement's author speaks through it, and issuing it says nothing more",
            "The council issued a joint statement expressing concern over the drills.",
            "the council | The council | REPORTED_ACT | EXPRESS_CONCERN | concern over the drills"),
        text("quoted by a medium as saying",
            "Deputy Foreign Minister Sergei Ryabkov was quoted by TASS as saying that Moscow was ready.",
            "Sergei Ryabkov | Deputy Foreign Minister Sergei Ryabkov | INDIRECT | SAY | Moscow was ready"),
        text("a cue after a modal of obligation says what is owed, not what was said",
            "He said the government must apologise for the massacre. Beijing should not comment on the case, she"
                + " said.",
            "- | He | INDIRECT | SAY | the government must apologise for the massacre",
            "- | she | INDIRECT | SAY | Beijing should not comment on the case"),
        text("remarks or claims that sum up what was said end it, and their passive agent speaks of it",
            "He said the army must guarantee the outcome, remarks that drew sharp criticism. She said the vote was"
                + " rigged, claims which were rejected by the board.",
            "- | He | INDIRECT | SAY | the army must guarantee the outcome",
            "- | She | INDIRECT | SAY | the vote was rigged",
            "the board | the board | INDIRECT | REJECT | the vote was rigged"),
        text("claims with a relative clause of their own cue sum up what was said",
            "She said the election had been rigged, claims which the electoral commission rejected.",
            "- | She | INDIRECT | SAY | the election had been rigged",
            "the electoral commission | the electoral commission | INDIRECT | REJECT | the election had been rigged"),
        text("quoted as saying after an aside that describes the one quoted",
            "Eoin Gallagher, a lecturer at University College Dublin, was quoted as saying the breach was serious.",
            "Eoin Gallagher | Eoin Gallagher | INDIRECT | SAY | the breach was serious"),
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
            "the chancellor | The chancellor | REPORTED_ACT | SAY | her annual budget speech"),
        text("a negated cue makes no statement",
            "The ministry has not commented on the report, and the embassy didn't confirm it."),
        text("a cue set off by commas inside the clause",
            "The talks had, the envoy says, collapsed over the border question.",
            "the envoy | the envoy | INDIRECT | SAY | The talks had",
            "the envoy | the envoy | INDIRECT | SAY | collapsed over the border question"),
        text("an appositive after a parenthetical cue is not said",
            "Oslo wants a new vote, Reuters reported, a step that would anger Brussels.",
            "Reuters | Reuters | INDIRECT | REPORT | Oslo wants a new vote"),
        text("words before the speaker without a comma are its subject",
            "More than 200 delegates responded."),
        text("an organisation name with 'and'",
            "The Water and Sewer Authority said the pipes were safe.",
            "Water and Sewer Authority | Water and Sewer Authority | INDIRECT | SAY | the pipes were safe"),
        text("a direct quote followed by the writer's own clause",
            "Mayor Ruth Kahn said \"We lost,\" and the flags flew at half-mast.",
            "Ruth Kahn | Mayor Ruth Kahn | DIRECT | SAY | We lost,"),
        text("a description, then the name with role words, before the cue",
            "The report's main author, senior fellow Dana Whitlock, said, \"The data are clear.\"",
            "Dana Whitlock | senior fellow Dana Whitlock | DIRECT | SAY | The data are clear."),
        text("a title and surname resolve to the full name",
            "Captain Ines Moreau said the crew was safe. Later, Captain Moreau said, \"We were lucky.\"",
            "Ines Moreau | Captain Ines Moreau | INDIRECT | SAY | the crew was safe",
            "Ines Moreau | Captain Moreau | DIRECT | SAY | We were lucky."),
        text("a phrase of saying",
            "The minister went on to say the border would stay open.",
            "the minister | The minister | INDIRECT | SAY | the border would stay open"),
        text("a cue word used as a noun after a preposition",
            "Per request of the governor, the vote was delayed."),
        text("attributing is a claim",
            "Experts attributed the floods to deforestation.",
            "experts | Experts | INDIRECT | CLAIM | the floods to deforestation"),
        text("according to, then a quotation",
            "According to witness Pia Lund, \"it went dark. Then the roof fell.\"",
            "Pia Lund | Pia Lund | DIRECT | SAY | it went dark. Then the roof fell."),
        text("a quotation, then a long description of the speaker",
            "\"We keep looking,\" Coast Guard district search chief Omar Haddad told the radio.",
            "Omar Haddad | chief Omar Haddad | DIRECT | SAY | We keep looking,"),
        text("a quotation before a time clause with another speaker is not that speaker's",
            "The ministry voiced \"grave concern\" after Senator Ola Berg repeated the claim.",
            "the ministry | The ministry | REPORTED_ACT | EXPRESS_CONCERN | \"grave concern\"",
            "Ola Berg | Senator Ola Berg | REPORTED_ACT | REITERATE | the claim"),
        text("a quotation after a colon is the subject's",
            "Ilse Brandt of the Rhine Institute was blunt about the findings: \"The sample is far too small.\"",
            "Ilse Brandt | Ilse Brandt | DIRECT | SAY | The sample is far too small."),
        text("an aside between the auxiliary and the cue",
            "The transport ministry has, in a statement, urged drivers to slow down.",
            "Transport Ministry | The transport ministry | INDIRECT | URGE | to slow down"),
        text("a pronoun after an unknown full name in the same sentence",
            "Ruth Abernathy stunned the room when she announced that the plant would close.",
            "Ruth Abernathy | she | INDIRECT | ANNOUNCE | the plant would close"),
        text("part of a group speaks",
            "One of the nurses said, \"We worked for two days without sleep.\"",
            "one of the nurses | One of the nurses | DIRECT | SAY | We worked for two days without sleep."),
        text("a participle after a sentence opening with a prepositional phrase",
            "In its filing the council also made this point, writing \"The budget cannot be balanced.\"",
            "the council | the council | DIRECT | SAY | The budget cannot be balanced."),
        text("a group named in apposition speaks, and the object ends before the next cue",
            "One of the parties, the Green Alliance, opposed the bill and said it would appeal.",
            "Green Alliance | Green Alliance | REPORTED_ACT | REJECT | the bill",
            "Green Alliance | Green Alliance | INDIRECT | SAY | it would appeal"),
        text("a name's possessive and a role",
            "Lindqvist's lawyer said the charges would be dropped.",
            "Lindqvist's lawyer | Lindqvist's lawyer | INDIRECT | SAY | the charges would be dropped"),
        text("a name's spokesperson speaks for the name",
            "Okafor's spokesperson said the visit was off.",
            "Okafor's spokesperson | Okafor's spokesperson | INDIRECT | SAY | the visit was off"),
        text("a name with an Arabic particle",
            "The school was closed, said Minister of Education Khalid al-Rashid.",
            "Khalid al-Rashid | Minister of Education Khalid al-Rashid | INDIRECT | SAY | The school was closed"),
        text("a group not in the gazetteer with a lower-case head",
            "The Aleppo-based Free Farmers movement claimed the land was theirs.",
            "the Aleppo-based Free Farmers movement | The Aleppo-based Free Farmers movement | INDIRECT | CLAIM"
                + " | the land was theirs"),
        text("a relative clause after a comma names the speaker",
            "The fire began at noon, according to police, who said two crews arrived later.",
            "police | police | INDIRECT | SAY | The fire began at noon",
            "police | police | INDIRECT | SAY | two crews arrived later"),
        text("told someone, then the clause",
            "Ana Ruiz, a spokeswoman for the council, told reporters, residents had been warned.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | residents had been warned"),
        text("role words before a name belong to the speaker, not the content",
            "The singer died on Friday, her daughter Mara Stein announced.",
            "Mara Stein | Mara Stein | INDIRECT | ANNOUNCE | The singer died on Friday"),
        text("a report of another's statement",
            "Reuters reported its source said the plant had closed.",
            "Reuters | Reuters | INDIRECT | REPORT | its source said the plant had closed",
            "source | source | INDIRECT | SAY | the plant had closed"),
        text("a website as a medium",
            "Meduza.io reported the editor had resigned.",
            "Meduza.io | Meduza.io | INDIRECT | REPORT | the editor had resigned"),
        text("an object that is a list goes on after its commas",
            "The ministry criticized policies toward Chad, Niger and other neighbours, a diplomat said.",
            "a diplomat | a diplomat | INDIRECT | SAY | The ministry criticized policies toward Chad, Niger and other"
                + " neighbours",
            "the ministry | The ministry | REPORTED_ACT | CRITICIZE | policies toward Chad, Niger and other neighbours"),
        text("'however' after a comma ends the object",
            "The minister denied the reports, however, the inquiry found otherwise.",
            "the minister | The minister | REPORTED_ACT | DENY | the reports"),
        text("cited someone as saying: the one cited speaks, and the citing is an act",
            "The agency cited Rosa Lind as saying the bridge was unsafe.",
            "the agency | The agency | REPORTED_ACT | EXPLAIN | Rosa Lind as saying the bridge was unsafe",
            "Rosa Lind | Rosa Lind | INDIRECT | SAY | the bridge was unsafe"),
        text("cited or quoted as doing what another verb of speech says",
            "The agency cited the air force as stating that the plane was lost. TASS quoted Lavrov as warning"
                + " Moscow would respond.",
            "the agency | The agency | REPORTED_ACT | EXPLAIN | the air force as stating that the plane was lost",
            "Air Force | the air force | INDIRECT | SAY | the plane was lost",
            "TASS | TASS | REPORTED_ACT | REPORT | Lavrov as warning Moscow would respond",
            "Lavrov | Lavrov | INDIRECT | WARN | Moscow would respond"),
        text("quoted as saying a quotation: the act takes the quotation in",
            "Reuters quoted a spokesman as saying, \"We are ready.\"",
            "Reuters | Reuters | REPORTED_ACT | REPORT | a spokesman as saying, \"We are ready.\"",
            "a spokesman | a spokesman | DIRECT | SAY | We are ready."),
        text("quoted him as saying: the pronoun is the one quoted",
            "President Ada Lind met the envoy on Monday. The agency quoted her as saying that the talks went well.",
            "the agency | The agency | REPORTED_ACT | REPORT | her as saying that the talks went well",
            "Ada Lind | her | INDIRECT | SAY | the talks went well"),
        text("a verb joined after citing goes on with the one citing",
            "The Aviation Herald covered the crash. It cited the air force as stating the airline owned the plane,"
                + " and claimed a sixteenth death.",
            "Aviation Herald | It | REPORTED_ACT | EXPLAIN | the air force as stating the airline owned the plane",
            "Air Force | the air force | INDIRECT | SAY | the airline owned the plane",
            "Aviation Herald | It | INDIRECT | CLAIM | a sixteenth death"),
        text("a participle after a prepositional object belongs to the subject",
            "Mayor Ito posted a message on Facebook blaming the storm, saying it was the worst in decades.",
            "Ito | Mayor Ito | REPORTED_ACT | ACCUSE | the storm",
            "Ito | Mayor Ito | INDIRECT | SAY | it was the worst in decades"),
        text("with someone saying",
            "The border was closed, with officials saying this was temporary.",
            "officials | officials | INDIRECT | SAY | this was temporary"),
        text("a participle that describes a document is no cue",
            "In a statement posted to its website, the ministry confirmed the visit.",
            "the ministry | the ministry | REPORTED_ACT | CONFIRM | the visit"),
        text("according to a pronoun",
            "Senator Ann Moss spoke on Monday. According to her, the bill will pass.",
            "Ann Moss | her | INDIRECT | SAY | the bill will pass"),
        text("a named person of an organisation with a possessive",
            "Tomas dela Cruz of the navy's Southern Fleet Command said the ship was found.",
            "Tomas dela Cruz | Tomas dela Cruz | INDIRECT | SAY | the ship was found"),
        text("a noun of speech with a possessive speaker and a that-clause",
            "Okafor's suggestion that the vote be delayed angered the opposition.",
            "Okafor | Okafor | INDIRECT | PROPOSE | the vote be delayed angered the opposition"),
        text("a noun of speech from a speaker",
            "The rebels had received assurances from Chad that no troops would cross.",
            "Chad | Chad | INDIRECT | ASSURE | no troops would cross"),
        text("a noun of speech about an object, with a possessive pronoun",
            "Senator Ida Holm spoke in Oslo. Her comments about the budget were widely reported.",
            "Ida Holm | Her | REPORTED_ACT | SAY | the budget"),
        text("a bare noun of speech says nothing",
            "His comments drew criticism."),
        text("a named speaker's statement quoted inside another's quotation",
            "\"Minister Berg reiterated that Norway supports the treaty,\" the ministry said.",
            "the ministry | the ministry | DIRECT | SAY | Minister Berg reiterated that Norway supports the treaty,",
            "Berg | Minister Berg | INDIRECT | REITERATE | Norway supports the treaty"),
        text("first persons quoted are no embedded speakers",
            "\"We said we would win,\" the coach said.",
            "the coach | the coach | DIRECT | SAY | We said we would win,"),
        text("a name inside a quotation is no antecedent",
            "The department said, \"We thank the officers of Precinct 9.\" They also said the case was closed.",
            "the department | The department | DIRECT | SAY | We thank the officers of Precinct 9.",
            "the department | They | INDIRECT | SAY | the case was closed"),
        text("feelings expressed are reported acts",
            "The premier expressed disappointment with the verdict. The mayor voiced shock at the attack at a"
                + " briefing. The minister expressed concern and said talks would go on.",
            "the premier | The premier | REPORTED_ACT | EXPRESS_CONCERN | disappointment with the verdict",
            "the mayor | The mayor | REPORTED_ACT | EXPRESS_CONCERN | shock at the attack",
            "the minister | The minister | REPORTED_ACT | EXPRESS_CONCERN | concern",
            "the minister | The minister | INDIRECT | SAY | talks would go on"),
        text("where the deed named was done stays in the object, where the act was done does not",
            "The agency confirmed the deaths of three workers at the mine on Monday. The minister announced the"
                + " creation of a task force at a news conference. The ministers reaffirmed their commitment to"
                + " working closely with the allies.",
            "the agency | The agency | REPORTED_ACT | CONFIRM | the deaths of three workers at the mine",
            "the minister | The minister | REPORTED_ACT | ANNOUNCE | the creation of a task force",
            "the ministers | The ministers | REPORTED_ACT | REITERATE | their commitment to working closely with the"
                + " allies"),
        text("a document's later mention speaks for whoever filed it",
            "Six unions filed a lawsuit on Monday. The lawsuit alleges the law is unconstitutional.",
            "six unions | The lawsuit | INDIRECT | CLAIM | the law is unconstitutional"),
        text("a clause right after 'in a statement'",
            "The governors said in a joint statement the emergency was invented.",
            "the governors | The governors | INDIRECT | SAY | the emergency was invented"),
        text("both countries speak, each for itself",
            "Chile and Peru met on Monday. Both countries said the border was calm.",
            "Chile | Both countries | INDIRECT | SAY | the border was calm",
            "Peru | Both countries | INDIRECT | SAY | the border was calm"),
        text("a plural pronoun stands for each of the persons named together just before",
            "Researchers Tom Hale and Ana Ruiz wrote that the ice was melting. They said the findings were alarming.",
            "Tom Hale | Tom Hale | INDIRECT | SAY | the ice was melting",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the ice was melting",
            "Tom Hale | They | INDIRECT | SAY | the findings were alarming",
            "Ana Ruiz | They | INDIRECT | SAY | the findings were alarming"),
        text("but not when another group was named since",
            "John Smith and Mary Jones met ministers on Monday. They said they would cooperate.",
            "ministers | They | INDIRECT | SAY | they would cooperate"),
        text("the description named with the persons stands for them later, past other groups",
            "Emily Stone met officers Tom Hale and Jack Ruiz at a pub. Protesters gathered outside. Both officers"
                + " said they would appeal.",
            "Tom Hale | officers | INDIRECT | SAY | they would appeal",
            "Jack Ruiz | officers | INDIRECT | SAY | they would appeal"),
        text("the two men, the couple: the two persons named together",
            "John Smith and Mary Jones met on Monday. The two men said they would cooperate. The couple later"
                + " denied the report.",
            "John Smith | The two men | INDIRECT | SAY | they would cooperate",
            "Mary Jones | The two men | INDIRECT | SAY | they would cooperate",
            "John Smith | The couple | REPORTED_ACT | DENY | the report",
            "Mary Jones | The couple | REPORTED_ACT | DENY | the report"),
        text("a given name before 'and' shares the full name's surname",
            "Cherie and Sean O'Donnell held a session on Saturday. The married couple said costumes take months.",
            "Cherie O'Donnell | The married couple | INDIRECT | SAY | costumes take months",
            "Sean O'Donnell | The married couple | INDIRECT | SAY | costumes take months"),
        text("but a full name before 'and' keeps its own surname",
            "John Kerry and Sean O'Donnell said they would meet.",
            "John Kerry | John Kerry | INDIRECT | SAY | they would meet",
            "Sean O'Donnell | Sean O'Donnell | INDIRECT | SAY | they would meet"),
        text("both nations are no two persons",
            "The United States and Turkey held talks. US President Donald Trump and Turkish President Recep Tayyip"
                + " Erdogan spoke on the phone. Both nations said the call went well.",
            "United States | Both nations | INDIRECT | SAY | the call went well",
            "Turkey | Both nations | INDIRECT | SAY | the call went well"),
        text("states named together as a subject: 'they' in the sentence after",
            "India and China held talks on Monday. They agreed to hold more talks.",
            "India | They | REPORTED_ACT | AGREE | to hold more talks",
            "China | They | REPORTED_ACT | AGREE | to hold more talks"),
        text("but not states named in passing, nor past another plural source",
            "Protesters gathered outside the embassies of India and China. They said the talks failed."
                + " Officials said Peru and Chile had met. They said the talks went well.",
            "protesters | They | INDIRECT | SAY | the talks failed",
            "officials | Officials | INDIRECT | SAY | Peru and Chile had met",
            "officials | They | INDIRECT | SAY | the talks went well"),
        text("'the countries', 'the sides', 'the parties' and 'the three nations': the states named together",
            "Uzbekistan and Kazakhstan held talks in Astana. The parties agreed to hold a forum. The sides welcomed"
                + " the program. Egypt, Sudan and Ethiopia met in Khartoum. The three countries agreed to continue.",
            "Uzbekistan | The parties | REPORTED_ACT | AGREE | to hold a forum",
            "Kazakhstan | The parties | REPORTED_ACT | AGREE | to hold a forum",
            "Uzbekistan | The sides | REPORTED_ACT | WELCOME | the program",
            "Kazakhstan | The sides | REPORTED_ACT | WELCOME | the program",
            "Egypt | The three countries | REPORTED_ACT | AGREE | to continue",
            "Sudan | The three countries | REPORTED_ACT | AGREE | to continue",
            "Ethiopia | The three countries | REPORTED_ACT | AGREE | to continue"),
        text("but not a number that does not fit, nor countries narrowed or qualified",
            "Egypt, Sudan and Ethiopia met in Khartoum. The four countries agreed to continue. Chile and Peru met."
                + " The other countries said nothing had changed. The nations of the region welcomed the talks.",
            "the four countries | The four countries | REPORTED_ACT | AGREE | to continue",
            "the other countries | The other countries | INDIRECT | SAY | nothing had changed",
            "the nations | The nations | REPORTED_ACT | WELCOME | the talks"),
        text("the sides are the two persons who met, in the sentence before",
            "Foreign Minister Kang Kyung-wha met her Japanese counterpart Taro Kono in Bangkok. The sides agreed to"
                + " hold more talks. Wang Yi met Sergei Lavrov in Tokyo. Both sides condemned the launch.",
            "Kang Kyung-wha | The sides | REPORTED_ACT | AGREE | to hold more talks",
            "Taro Kono | The sides | REPORTED_ACT | AGREE | to hold more talks",
            "Wang Yi | Both sides | REPORTED_ACT | DENOUNCE | the launch",
            "Sergei Lavrov | Both sides | REPORTED_ACT | DENOUNCE | the launch"),
        text("the presidents, the heads of state: the persons named together who hold the title, further on too",
            "Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev held talks in Astana."
                + " A forum opened. Trade rose. The heads of state welcomed the program. Officials spoke. The"
                + " presidents reaffirmed their commitment to integration. They praised the agreements.",
            "Shavkat Mirziyoyev | The heads of state | REPORTED_ACT | WELCOME | the program",
            "Kassym-Jomart Tokayev | The heads of state | REPORTED_ACT | WELCOME | the program",
            "Shavkat Mirziyoyev | The presidents | REPORTED_ACT | REITERATE | their commitment to integration",
            "Kassym-Jomart Tokayev | The presidents | REPORTED_ACT | REITERATE | their commitment to integration",
            "Shavkat Mirziyoyev | They | REPORTED_ACT | PRAISE | the agreements",
            "Kassym-Jomart Tokayev | They | REPORTED_ACT | PRAISE | the agreements"),
        text("but not past another president named since",
            "Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev held talks in Astana."
                + " A forum opened. Trade rose. French President Emmanuel Macron spoke. The presidents welcomed"
                + " the program.",
            "the presidents | The presidents | REPORTED_ACT | WELCOME | the program"),
        text("a noun for a title's rank: the last person named with a title of that rank",
            "Ambassador John Smith said the talks were useful. The envoy said more meetings were planned. Senator"
                + " Mary Jones said the bill was flawed. The lawmaker said she would vote against it. Deputy Foreign"
                + " Minister Ali Khan spoke. The senior official said troops had withdrawn. Prime Minister Olaf Berg"
                + " spoke. The leader said taxes would fall. Chinese envoy Li Hui spoke. The Chinese diplomat said"
                + " China was neutral.",
            "John Smith | Ambassador John Smith | INDIRECT | SAY | the talks were useful",
            "John Smith | The envoy | INDIRECT | SAY | more meetings were planned",
            "Mary Jones | Senator Mary Jones | INDIRECT | SAY | the bill was flawed",
            "Mary Jones | The lawmaker | INDIRECT | SAY | she would vote against it",
            "Ali Khan | The senior official | INDIRECT | SAY | troops had withdrawn",
            "Olaf Berg | The leader | INDIRECT | SAY | taxes would fall",
            "Li Hui | The Chinese diplomat | INDIRECT | SAY | China was neutral"),
        text("but not past one the noun described since, nor another state's, nor with a word that makes another"
                + " person",
            "Ambassador John Smith spoke. A senior diplomat said the talks failed. The diplomat said more were"
                + " planned. Senator Mary Jones spoke. The Chinese lawmaker said the bill was flawed. Prime Minister Olaf"
                + " Berg spoke. The rebel leader said the talks were over. The official of the ministry said"
                + " nothing had changed.",
            "a senior diplomat | A senior diplomat | INDIRECT | SAY | the talks failed",
            "a senior diplomat | The diplomat | INDIRECT | SAY | more were planned",
            "the Chinese lawmaker | The Chinese lawmaker | INDIRECT | SAY | the bill was flawed",
            "the rebel leader | The rebel leader | INDIRECT | SAY | the talks were over",
            "the ministry | the ministry | INDIRECT | SAY | nothing had changed"),
        text("nor one of two such persons named together",
            "Ambassador Li Hui met Ambassador Kim Sun in Seoul. The diplomat said ties were good.",
            "the diplomat | The diplomat | INDIRECT | SAY | ties were good"),
        text("a list with 'the', then 'they' after 'the countries'; the two persons who met hold the title",
            "China and the United States agreed to pause tariffs. The countries said more talks would follow. They"
                + " also called for calm. Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu"
                + " in Ankara, and the ministers said the grain deal should be extended.",
            "China | China | REPORTED_ACT | AGREE | to pause tariffs",
            "United States | United States | REPORTED_ACT | AGREE | to pause tariffs",
            "China | The countries | INDIRECT | SAY | more talks would follow",
            "United States | The countries | INDIRECT | SAY | more talks would follow",
            "China | They | REPORTED_ACT | DEMAND | calm",
            "United States | They | REPORTED_ACT | DEMAND | calm",
            "Sergei Lavrov | the ministers | INDIRECT | SAY | the grain deal should be extended",
            "Mevlut Cavusoglu | the ministers | INDIRECT | SAY | the grain deal should be extended"),
        text("the sides are not go-betweens",
            "Egypt and Qatar mediated talks between Israel and Hamas in Cairo. The sides said progress had been"
                + " made.",
            "the sides | The sides | INDIRECT | SAY | progress had been made"),
        text("nor two persons who did not meet",
            "Judge Maria Lopez sentenced Carlos Ruiz to 12 years on Friday. Both sides said they would appeal.",
            "both sides | Both sides | INDIRECT | SAY | they would appeal"),
        text("the parties of a meeting only",
            "Germany and France hold elections this year. The parties said they would focus on the economy.",
            "the parties | The parties | INDIRECT | SAY | they would focus on the economy"),
        text("the parties after 'between'",
            "Talks between Iran and the United States resumed in Oman. The parties said the talks were useful.",
            "Iran | The parties | INDIRECT | SAY | the talks were useful",
            "United States | The parties | INDIRECT | SAY | the talks were useful"),
        text("'they' is not the states when their sentence names people after them",
            "Russia and Ukraine exchanged 200 prisoners on Friday. They said they had been tortured.",
            "- | They | INDIRECT | SAY | they had been tortured"),
        text("states named in passing, for 'the countries' when no list was a subject lately",
            "Washington imposed tariffs on Canada and Mexico. The countries said they would retaliate.",
            "Canada | The countries | INDIRECT | SAY | they would retaliate",
            "Mexico | The countries | INDIRECT | SAY | they would retaliate"),
        text("but not past a list that was a subject in the same sentence",
            "Switzerland and Austria offered to host talks between Armenia and Azerbaijan. The countries"
                + " said they would provide venues.",
            "Switzerland | Switzerland | REPORTED_ACT | PROPOSE | to host talks between Armenia and Azerbaijan",
            "Austria | Austria | REPORTED_ACT | PROPOSE | to host talks between Armenia and Azerbaijan",
            "Switzerland | The countries | INDIRECT | SAY | they would provide venues",
            "Austria | The countries | INDIRECT | SAY | they would provide venues"),
        text("the heads of state not past others mentioned since",
            "President Emmanuel Macron and President Joe Biden met in Paris. Ties grew. Trade rose. Dozens of heads"
                + " of state attended a summit. The heads of state agreed to increase aid.",
            "dozens of heads of state | The heads of state | REPORTED_ACT | AGREE | to increase aid"),
        text("the plural of a title with its words: not a defence minister for the foreign ministers",
            "Foreign Minister Sergei Lavrov met Turkish Defense Minister Hulusi Akar. The foreign ministers said the"
                + " deal held.",
            "the foreign ministers | The foreign ministers | INDIRECT | SAY | the deal held"),
        text("both sides: the subject's states, not those named in its object",
            "Russia and Ukraine agreed to release journalists Roman Sushchenko and Kirill Vyshinsky. Both sides said"
                + " the swap would happen soon.",
            "Russia | Russia | REPORTED_ACT | AGREE | to release journalists Roman Sushchenko and Kirill Vyshinsky",
            "Ukraine | Ukraine | REPORTED_ACT | AGREE | to release journalists Roman Sushchenko and Kirill Vyshinsky",
            "Russia | Both sides | INDIRECT | SAY | the swap would happen soon",
            "Ukraine | Both sides | INDIRECT | SAY | the swap would happen soon"),
        text("a title in the plural before two names is each one's",
            "Presidents Donald Trump and Xi Jinping met in Osaka. The presidents agreed to restart talks.",
            "Donald Trump | The presidents | REPORTED_ACT | AGREE | to restart talks",
            "Xi Jinping | The presidents | REPORTED_ACT | AGREE | to restart talks"),
        text("a description's title words: all of them in the title held, or a title of the same rank",
            "Foreign Minister Taro Kono met Prime Minister Shinzo Abe on Monday. The foreign minister said Japan"
                + " would protest. External Affairs Minister S Jaishankar spoke. The foreign minister said India"
                + " would wait. The country's deputy foreign minister, Sergei Ryabkov, spoke. The deputy foreign"
                + " minister said the treaty was dead.",
            "Taro Kono | The foreign minister | INDIRECT | SAY | Japan would protest",
            "S Jaishankar | The foreign minister | INDIRECT | SAY | India would wait",
            "Sergei Ryabkov | The deputy foreign minister | INDIRECT | SAY | the treaty was dead"),
        text("the leaders of states named in a list: each state's holder of the title, where the text names one",
            "Kyrgyz Foreign Minister Ruslan Kazakbayev spoke to Tajik Foreign Minister Sirojiddin Muhriddin. The"
                + " foreign ministers of Kyrgyzstan and Tajikistan said the border was calm."
                + " Former Samoan Prime Minister Tuilaepa Sailele met New Zealand Prime Minister Jacinda Ardern. The"
                + " leaders of Samoa and New Zealand said the pact should wait. The governments of Kyrgyzstan and"
                + " New Zealand said the talks went well.",
            "Ruslan Kazakbayev | Kyrgyzstan | INDIRECT | SAY | the border was calm",
            "Sirojiddin Muhriddin | Tajikistan | INDIRECT | SAY | the border was calm",
            "Samoa | Samoa | INDIRECT | SAY | the pact should wait",
            "Jacinda Ardern | New Zealand | INDIRECT | SAY | the pact should wait",
            "Kyrgyzstan | Kyrgyzstan | INDIRECT | SAY | the talks went well",
            "New Zealand | New Zealand | INDIRECT | SAY | the talks went well"),
        text("a person's office speaks as a body named after them",
            "US Representative Elijah Cummings died on Thursday. His office said he died at a hospice. Senator"
                + " Mitch McConnell's office said the vote would go ahead.",
            "Office of Elijah Cummings | His office | INDIRECT | SAY | he died at a hospice",
            "Office of Mitch McConnell | Senator Mitch McConnell's office | INDIRECT | SAY | the vote would go ahead"),
        text("but the office of a role stays a description",
            "The governor's office said the roads were closed.",
            "the governor's office | The governor's office | INDIRECT | SAY | the roads were closed"),
        text("a surname alone stays with the person first named by it",
            "Senator Elijah Cummings was born in 1951. His parents, Robert Cummings and Ruth Cummings, were"
                + " sharecroppers. Cummings said he wanted to be a lawyer.",
            "Elijah Cummings | Cummings | INDIRECT | SAY | he wanted to be a lawyer"),
        text("unless a family tie introduced that person",
            "Among the mourners was his daughter Nettie Baker. Ginger Baker was born Peter Edward Baker in"
                + " 1939. Baker said he could play.",
            "Peter Edward Baker | Baker | INDIRECT | SAY | he could play"),
        text("a long adjunct before 'that': the clause after it",
            "The ministry said in a statement posted on its website late on Sunday that the ambassador had been"
                + " summoned.",
            "the ministry | The ministry | INDIRECT | SAY | the ambassador had been summoned"),
        text("a document from its author named at the end says what came before",
            "The talks were productive, a statement from Singapore's foreign ministry said. Both sides agreed to"
                + " keep channels open, a report by the ministry said.",
            "Foreign Ministry (Singapore) | a statement | INDIRECT | SAY | The talks were productive",
            "Foreign Ministry (Singapore) | a report | INDIRECT | SAY | Both sides agreed to keep channels open",
            "both sides | Both sides | REPORTED_ACT | AGREE | to keep channels open"),
        text("a medium's edition is the medium's, no one of its own",
            "BBC Arabic reported the attack. Al Jazeera English said the border was closed.",
            "BBC Arabic | BBC Arabic | INDIRECT | REPORT | the attack",
            "Al Jazeera English | Al Jazeera English | INDIRECT | SAY | the border was closed"),
        text("but a language after a medium may begin what was told it",
            "He told the BBC English was hard.",
            "- | He | INDIRECT | SAY | English was hard"),
        text("a business noun before a person's name or after a body's is a role",
            "Sky News Arabia producer Jamal al-Harbi said the attack was cowardly. Site operator Tom Hale said the"
                + " plant was safe. Russian oil producer Rosneft said output would rise.",
            "Jamal al-Harbi | Jamal al-Harbi | INDIRECT | SAY | the attack was cowardly",
            "Tom Hale | Tom Hale | INDIRECT | SAY | the plant was safe",
            "Rosneft | Rosneft | INDIRECT | SAY | output would rise"),
        text("a trailing pronoun speaker ends a clause said inside the sentence",
            "Yuko Arai studies defence. Tokyo was signaling to Washington that it was prepared to do more, she added.",
            "Yuko Arai | she | INDIRECT | SAY | Tokyo was signaling to Washington that it was prepared to do more",
            "Japan | Tokyo | INDIRECT | SAY | it was prepared to do more"),
        text("a trailing speaker's time adjunct may hold a native name in brackets",
            "Singapore and China will expand cooperation, Ong Boon Keat said after meeting Chinese Premier Wu"
                + " Jianguo (吴建国) in Beijing on Monday.",
            "Ong Boon Keat | Ong Boon Keat | INDIRECT | SAY | Singapore and China will expand cooperation"),
        text("a contrast with a long-named speaker of its own ends what was said",
            "China's Ministry of Commerce said it had approved export licences, but the German Chamber of Commerce"
                + " in China said many members were still waiting.",
            "Trade Ministry (China) | China's Ministry of Commerce | INDIRECT | SAY | it had approved export licences",
            "German Chamber of Commerce | German Chamber of Commerce | INDIRECT | SAY"
                + " | many members were still waiting"),
        text("each agent of a passive list",
            "The resolution was proposed by France, Britain, Germany and the United States.",
            "France | France | REPORTED_ACT | PROPOSE | The resolution",
            "United Kingdom | Britain | REPORTED_ACT | PROPOSE | The resolution",
            "Germany | Germany | REPORTED_ACT | PROPOSE | The resolution",
            "United States | United States | REPORTED_ACT | PROPOSE | The resolution"),
        text("but not an appositive after the agent",
            "The plan was criticised by France, a permanent member of the council.",
            "France | France | REPORTED_ACT | CRITICIZE | The plan"),
        text("'the two' before a verb: the two persons or states named last",
            "Senator Mark Holloway and Senator Dana Pruitt introduced the bill. The two urged the administration to"
                + " act. India and Pakistan held talks. The two said the talks were useful.",
            "Mark Holloway | The two | INDIRECT | URGE | to act",
            "Dana Pruitt | The two | INDIRECT | URGE | to act",
            "India | The two | INDIRECT | SAY | the talks were useful",
            "Pakistan | The two | INDIRECT | SAY | the talks were useful"),
        text("a dateline of two places",
            "NEW DELHI/ISLAMABAD, May 14 (AFP) - India on Wednesday expelled a Pakistani diplomat, accusing him of"
                + " spying.",
            "India | India | REPORTED_ACT | ACCUSE | him of spying"),
        text("a writer's comment set off after an object ends it",
            "Kanto had proposed making Seiwa a subsidiary, an idea the board considered unacceptable. Tom Hale"
                + " proposed a merger, a move that angered the board.",
            "Kanto | Kanto | REPORTED_ACT | PROPOSE | making Seiwa a subsidiary",
            "Tom Hale | Tom Hale | REPORTED_ACT | PROPOSE | a merger"),
        text("what the speaker did not say next ends what was said",
            "Japan's health ministry confirmed the donation but did not say when the doses would be shipped.",
            "Health Ministry (Japan) | Japan's health ministry | INDIRECT | CONFIRM | the donation"),
        text("the medium after quoted words is not said",
            "Nasreen Haque described the tribunal as a \"kangaroo court\" in a statement released through her son.",
            "Nasreen Haque | Nasreen Haque | MIXED | SAY | the tribunal as a \"kangaroo court\""),
        text("a medium's name, a word of its coverage and its noun",
            "The Nikkei business daily reported last week that talks were held.",
            "Nikkei | The Nikkei business daily | INDIRECT | REPORT | talks were held"),
        text("a known body's name opening a sentence is no anonymous source",
            "Executive Yuan spokeswoman Tsai Pei-chun said the talks were held.",
            "Tsai Pei-chun | Executive Yuan spokeswoman Tsai Pei-chun | INDIRECT | SAY | the talks were held"),
        text("an apposition after the addressees, then what was asked",
            "Washington has also asked the Netherlands and Japan, home to the world's leading makers of chipmaking"
                + " equipment, to adopt similar restrictions.",
            "United States | Washington | INDIRECT | ASK | to adopt similar restrictions"),
        text("two businesses named together, and 'the companies' for each",
            "Japanese automakers Kanto Motors and Seiwa Automobile said they had ended talks. In a joint statement,"
                + " the companies said they would keep cooperating.",
            "Kanto Motors | Kanto Motors | INDIRECT | SAY | they had ended talks",
            "Seiwa Automobile | Seiwa Automobile | INDIRECT | SAY | they had ended talks",
            "Kanto Motors | the companies | INDIRECT | SAY | they would keep cooperating",
            "Seiwa Automobile | the companies | INDIRECT | SAY | they would keep cooperating"),
        text("a name joined to a company's is a company",
            "Toyota and Honda agreed to cooperate.",
            "Toyota | Toyota | REPORTED_ACT | AGREE | to cooperate",
            "Honda | Honda | REPORTED_ACT | AGREE | to cooperate"),
        text("but a body's name with 'and' in it stays one",
            "A fire killed 13 workers, according to the Fire Service and Civil Defence.",
            "Fire Service and Civil Defence | Fire Service and Civil Defence | INDIRECT | SAY | A fire killed 13"
                + " workers"),
        text("a trailing speaker's next act after 'and' is no more of what was said",
            "A quake struck off the coast on Thursday, the Japan Meteorological Agency said, and issued a tsunami"
                + " warning.",
            "Japan Meteorological Agency | the Japan Meteorological Agency | INDIRECT | SAY | A quake struck off the"
                + " coast on Thursday",
            "Japan Meteorological Agency | the Japan Meteorological Agency | REPORTED_ACT | WARN | a tsunami warning"),
        text("plural heads of organisations' names, and an adjective of a generic body's own name",
            "The Africa Centres for Disease Control and Prevention said it had recorded 17,000 cases. Germany's"
                + " Federal Constitutional Court said the law violated the right to privacy.",
            "Africa Centres for Disease Control and Prevention | Africa Centres for Disease Control and Prevention"
                + " | INDIRECT | SAY | it had recorded 17,000 cases",
            "Federal Constitutional Court | Germany's Federal Constitutional Court | INDIRECT | SAY | the law"
                + " violated the right to privacy"),
        text("inviting someone to do something proposes it; inviting guests does not",
            "Garcia invited him to collaborate in the new group. The summit invited 40 leaders.",
            "Garcia | Garcia | INDIRECT | PROPOSE | to collaborate in the new group"),
        text("each author of a noun of speech",
            "The assembly rejected a proposal by Paraguay and Eswatini to invite Taiwan.",
            "the assembly | The assembly | REPORTED_ACT | REJECT | a proposal by Paraguay and Eswatini to invite"
                + " Taiwan",
            "Paraguay | Paraguay | INDIRECT | PROPOSE | to invite Taiwan",
            "Eswatini | Eswatini | INDIRECT | PROPOSE | to invite Taiwan"),
        text("a writer's count after what was proposed is not proposed",
            "Paraguay proposed to invite Taiwan as an observer, the ninth year in a row that the island has been"
                + " excluded.",
            "Paraguay | Paraguay | REPORTED_ACT | PROPOSE | to invite Taiwan as an observer"),
        text("the speaker goes on after 'and' past a statement reported inside what was said",
            "Spokesman Lin Haoyu said the consul general had been responding to comments by the Japanese leader"
                + " and accused Tokyo of interfering. He said Japan should reflect on its mistakes.",
            "Lin Haoyu | Spokesman Lin Haoyu | INDIRECT | SAY | the consul general had been responding to comments"
                + " by the Japanese leader",
            "the consul general | the consul general | REPORTED_ACT | RESPOND | to comments by the Japanese leader",
            "Lin Haoyu | Spokesman Lin Haoyu | REPORTED_ACT | ACCUSE | Tokyo of interfering",
            "Lin Haoyu | He | INDIRECT | SAY | Japan should reflect on its mistakes"),
        text("'Justice' before a name is a judge, whom 'the judge' names later",
            "Justice Andrew Seah said Lim had abused a position of trust. \"A deterrent sentence is called for,\" the"
                + " judge said. The European Court of Justice ruled that posts must be removed.",
            "Andrew Seah | Justice Andrew Seah | INDIRECT | SAY | Lim had abused a position of trust",
            "Andrew Seah | the judge | DIRECT | SAY | A deterrent sentence is called for,",
            "European Court of Justice | European Court of Justice | INDIRECT | SAY | posts must be removed"),
        text("'the two leaders' shared out to the last persons, then 'they' for both",
            "The zone will grow, Prime Minister Tan Kok Meng and his Malaysian counterpart Azlan Rahman said. In a"
                + " joint statement, the two leaders said the zone had grown. They also welcomed progress on the rail"
                + " link.",
            "Tan Kok Meng | Prime Minister Tan Kok Meng | INDIRECT | SAY | The zone will grow",
            "Azlan Rahman | Azlan Rahman | INDIRECT | SAY | The zone will grow",
            "Tan Kok Meng | the two leaders | INDIRECT | SAY | the zone had grown",
            "Azlan Rahman | the two leaders | INDIRECT | SAY | the zone had grown",
            "Tan Kok Meng | They | REPORTED_ACT | WELCOME | progress on the rail link",
            "Azlan Rahman | They | REPORTED_ACT | WELCOME | progress on the rail link"),
        text("a cue's word after a noun in a phrase of place is a noun",
            "Meta Platforms said in a blog post that it had removed 500,000 accounts.",
            "Facebook | Meta Platforms | INDIRECT | SAY | it had removed 500,000 accounts"),
        text("a portfolio of two parts before a title",
            "Climate Crisis and Civil Protection Minister Petros Andreadis said Greece had requested help.",
            "Petros Andreadis | Climate Crisis and Civil Protection Minister Petros Andreadis | INDIRECT | SAY |"
                + " Greece had requested help",
            "Greece | Greece | REPORTED_ACT | ASK | help"),
        text("the one made to speak by a causative verb",
            "The delegation met the president, prompting China to lodge a protest with Tokyo.",
            "China | China | REPORTED_ACT | DENOUNCE | a protest"),
        text("an addressee's native name before what was urged",
            "Sofia Lindqvist urged Chinese President Gu Mingxuan (顾明轩) on Thursday to address the trade deficit.",
            "Sofia Lindqvist | Sofia Lindqvist | INDIRECT | URGE | to address the trade deficit"),
        text("the writer's framing after an object",
            "The United States and China agreed on Monday to slash tariffs for 90 days, in a deal that sent stocks"
                + " soaring.",
            "United States | United States | REPORTED_ACT | AGREE | to slash tariffs for 90 days",
            "China | China | REPORTED_ACT | AGREE | to slash tariffs for 90 days"),
        text("a relative clause at the end of a clause with a bare noun subject goes on saying it",
            "Several EU diplomats said work had already begun on a new package, which could target gas. The party"
                + " claimed victory, which was marred by fraud.",
            "several EU diplomats | Several EU diplomats | INDIRECT | SAY | work had already begun on a new"
                + " package, which could target gas",
            "the party | The party | REPORTED_ACT | CLAIM | victory"),
        text("a plural source of the persons' own sentence is who 'they' is",
            "Police arrested Derek Noonan and Fred Alcott on Monday. They said the two men had been watched. Lawyers"
                + " for Tom Hale and Ana Ruiz asked for bail. They said their clients posed no risk.",
            "Police | They | INDIRECT | SAY | the two men had been watched",
            "lawyers | Lawyers | REPORTED_ACT | ASK | for bail",
            "lawyers | They | INDIRECT | SAY | their clients posed no risk"),
        text("'the couple of' is a number",
            "Wendy Shaw and Hamish Reid addressed the rally. The couple of hundred protesters who stayed said they"
                + " would return.",
            "protesters | protesters | INDIRECT | SAY | they would return"),
        text("'the two' is the last two named together, of any kind, not long before; else no one",
            "Finance Minister Craig Nolan met governor Wendy Tate on Monday. On Tuesday the World Bank and the IMF"
                + " published forecasts. The two said growth would slow. Derek Noonan, Fred Alcott and Barry Kemp"
                + " were charged. The two said they were innocent.",
            "World Bank | The two | INDIRECT | SAY | growth would slow",
            "International Monetary Fund | The two | INDIRECT | SAY | growth would slow",
            "the two | The two | INDIRECT | SAY | they were innocent"),
        text("'the two' after states named together, past a state named inside what was said",
            "India and Pakistan agreed to a ceasefire on Saturday. US officials said Washington had mediated. The two"
                + " said the truce would take effect immediately.",
            "India | India | REPORTED_ACT | AGREE | to a ceasefire",
            "Pakistan | Pakistan | REPORTED_ACT | AGREE | to a ceasefire",
            "US officials | US officials | INDIRECT | SAY | Washington had mediated",
            "India | The two | INDIRECT | SAY | the truce would take effect immediately",
            "Pakistan | The two | INDIRECT | SAY | the truce would take effect immediately"),
        text("places of an agent's phrase are no more agents",
            "The attack was reported by residents in Aleppo, Idlib and Hama.",
            "residents in Aleppo | residents in Aleppo | REPORTED_ACT | REPORT | The attack"),
        text("a known body's people opening a sentence",
            "State Department officials said the ambassador would be recalled.",
            "State Department officials | State Department officials | INDIRECT | SAY | the ambassador would be"
                + " recalled"),
        text("an invitation to an event says nothing",
            "The mayor invited residents to a meeting on Thursday to discuss the plan."),
        text("a company's one name parted by 'and' makes no two authors",
            "Regulators rejected a proposal by Procter and Gamble to merge its units.",
            "regulators | Regulators | REPORTED_ACT | REJECT | a proposal by Procter and Gamble to merge its units"),
        text("a verb after 'and' that shares the reported verb's auxiliary shares its subject",
            "The minister said the governor had warned of floods and promised to send troops.",
            "the minister | The minister | INDIRECT | SAY | the governor had warned of floods",
            "the governor | the governor | REPORTED_ACT | WARN | floods",
            "the governor | the governor | REPORTED_ACT | PROMISE | to send troops"),
        text("what was said goes on after a trailing speaker and 'and' with a verb of no speech",
            "Rebels seized the town on Sunday, residents said, and burned the market.",
            "residents | residents | INDIRECT | SAY | Rebels seized the town on Sunday",
            "residents | residents | INDIRECT | SAY | burned the market"),
        text("a business noun before a person-like company name",
            "Department store chain John Lewis said it would close eight shops. Network Rail contractor Balfour"
                + " Beatty said the line would reopen.",
            "John Lewis | John Lewis | INDIRECT | SAY | it would close eight shops",
            "Balfour Beatty | Balfour Beatty | INDIRECT | SAY | the line would reopen"),
        text("each side, in a relative clause",
            "Chile and Peru dispute waters that each side says lie within its zone.",
            "Chile | each side | INDIRECT | SAY | lie within its zone",
            "Peru | each side | INDIRECT | SAY | lie within its zone"),
        text("arguing about something is no claim",
            "The two parties have been arguing about the budget for weeks."),
        text("by doing, the subject speaks",
            "The ministry responded by saying the claims were false.",
            "the ministry | The ministry | INDIRECT | SAY | the claims were false"),
        text("an attack with quoted words is criticism; an attack alone is not speech",
            "The senator attacked the plan as \"a disaster\". Rebels attacked the base.",
            "the senator | The senator | MIXED | CRITICIZE | the plan as \"a disaster\""),
        text("shouted words: an utterance ended inside the marks is direct",
            "Protesters shouted \"Resign now!\" outside the palace.",
            "protesters | Protesters | DIRECT | SAY | Resign now!"),
        text("a quotation opened in indirect speech goes on past a full stop inside it",
            "Prime Minister Anton Weiss said he was \"humbled\" by the results and \"we will never take your"
                + " support for granted. And I will work night and day.\" The vote was close.",
            "Anton Weiss | Prime Minister Anton Weiss | MIXED | SAY | he was \"humbled\" by the results and"
                + " \"we will never take your support for granted. And I will work night and day.\""),
        text("a full stop inside the marks ends the quotation even without a sentence break after it",
            "In his speech, Weiss said, \"Today I feel that to go on is difficult.\" ((es))Spanish language: Hoy"
                + " siento que continuar es difícil.",
            "Weiss | Weiss | DIRECT | SAY | Today I feel that to go on is difficult."),
        text("a name's group of people",
            "According to Okafor's critics, the plan is a ploy.",
            "Okafor's critics | Okafor's critics | INDIRECT | SAY | the plan is a ploy"),
        text("a company is no 'he'",
            "The company unveiled a new policy. He called the report \"fake news\".",
            "the company | The company | REPORTED_ACT | ANNOUNCE | a new policy",
            "- | He | MIXED | SAY | the report \"fake news\""),
        text("neither nor makes no statement",
            "Neither the EU nor the United States would endorse the result."),
        text("a name's document speaks for the name",
            "Okafor's statement read: \"The talks are over.\"",
            "Okafor | Okafor's statement | DIRECT | SAY | The talks are over."),
        text("a time and a comma before the clause",
            "Al Jazeera reported on Thursday, turnout had risen to 90 percent.",
            "Al Jazeera | Al Jazeera | INDIRECT | REPORT | turnout had risen to 90 percent"),
        text("told a correspondent",
            "The captain told our correspondent the ship was safe.",
            "the captain | The captain | INDIRECT | SAY | the ship was safe"),
        text("mockery is criticism, a hint is speech",
            "The mayor mocked the plan and hinted that she would veto it.",
            "the mayor | The mayor | REPORTED_ACT | CRITICIZE | the plan",
            "the mayor | The mayor | INDIRECT | SAY | she would veto it"),
        text("a noun of speech in an adjunct of the cue is no cue",
            "The state attorneys general said in their complaint that the order was unlawful.",
            "the state attorneys general | The state attorneys general | INDIRECT | SAY | the order was unlawful"),
        text("a possessive before a person noun makes the next word a verb",
            "Okafor's lawyer claims that the case is closed.",
            "Okafor's lawyer | Okafor's lawyer | INDIRECT | CLAIM | the case is closed"),
        text("a negation of another verb does not negate the cue",
            "An official who could not be named said the talks failed.",
            "an official | An official | INDIRECT | SAY | the talks failed"),
        text("a day after 'in a statement' is no start of the content",
            "The ministry said in a statement Friday it would act.",
            "the ministry | The ministry | INDIRECT | SAY | it would act"),
        text("a prefix joined by a dash is no name particle",
            "Russian pro-Kremlin media said the vote was fair.",
            "Russian pro-Kremlin media | Russian pro-Kremlin media | INDIRECT | SAY | the vote was fair"),
        text("declaring independence is an act of state, not speech",
            "The colony declared independence in 1965."),
        text("the medium of an act is not part of its object",
            "The president announced the change on live television on Wednesday."
                + " The senator criticized the ruling in a letter to the court.",
            "the president | The president | REPORTED_ACT | ANNOUNCE | the change",
            "the senator | The senator | REPORTED_ACT | CRITICIZE | the ruling"),
        text("a medium that only modifies the object's noun stays in the object",
            "The minister proposed a ban on television advertising.",
            "the minister | The minister | REPORTED_ACT | PROPOSE | a ban on television advertising"),
        text("a request of a named speaker says what was asked",
            "The council granted the request of Mayor Ana Costa to close the bridge for a week.",
            "Ana Costa | Mayor Ana Costa | INDIRECT | ASK | to close the bridge for a week"),
        text("a possessive's threat says what was threatened",
            "Markets fell after Okafor's threat to impose tariffs on steel.",
            "Okafor | Okafor | INDIRECT | THREATEN | to impose tariffs on steel"),
        text("a noun of speech that opens the sentence gives no infinitive content",
            "Okafor's threat to impose tariffs worried markets."),
        text("an act noun of a thing is no speech",
            "The announcement of Brexit came late."),
        text("the government is the state whose government was named last",
            "The government of Samoa began a shutdown on Thursday. The government said there were more cases."
                + " The Fijian government sent doctors. The government said it would send more.",
            "Samoa | The government | INDIRECT | SAY | there were more cases",
            "Fiji | The government | INDIRECT | SAY | it would send more"),
        text("a government of a person is the person's state",
            "British Prime Minister Anton Weiss spoke. Weiss's government argued that the suspension was lawful.",
            "United Kingdom | Weiss's government | INDIRECT | CLAIM | the suspension was lawful"),
        text("a medium before a time ends the object",
            "The mayor announced the vote in a letter earlier this week.",
            "the mayor | The mayor | REPORTED_ACT | ANNOUNCE | the vote"),
        text("a cited source is the object of citing, and a cue after a comma ends it",
            "Reuters, citing anonymous sources, reported that exports had been disrupted.",
            "Reuters | Reuters | REPORTED_ACT | EXPLAIN | anonymous sources",
            "Reuters | Reuters | INDIRECT | REPORT | exports had been disrupted"),
        text("committing to a gerund keeps the gerund's adjuncts",
            "The senator previously committed to proceeding with such a trial.",
            "the senator | The senator | REPORTED_ACT | PROMISE | proceeding with such a trial"),
        text("a long quotation opened within reach of a weak cue counts whole",
            "Okafor called the process \"a blatant and obvious coup to unseat a sitting president of the"
                + " United States\".",
            "Okafor | Okafor | MIXED | SAY | the process \"a blatant and obvious coup to unseat a sitting"
                + " president of the United States\""),
        text("a participle after an adverb continues the main clause, and a named speaker's quotation inside a quotation is direct",
            "Okafor gave a different account of events, also speaking on radio: \"I offered to resign and"
                + " President Ann Roe said, 'Let's talk about it tomorrow.' \"",
            "Okafor | Okafor | REPORTED_ACT | SAY | a different account of events",
            "Okafor | Okafor | DIRECT | SAY | I offered to resign and President Ann Roe said, 'Let's talk about it tomorrow.'",
            "Ann Roe | President Ann Roe | DIRECT | SAY | Let's talk about it tomorrow."),
        text("a surname spelt with one letter changed is the same person",
            "Military spokesperson Yahya Sarea said the drones flew far. \"These attacks are our right,\" Saree said.",
            "Yahya Sarea | spokesperson Yahya Sarea | INDIRECT | SAY | the drones flew far",
            "Yahya Sarea | Saree | DIRECT | SAY | These attacks are our right,"),
        text("a long surname with a letter left out or typed twice is the same person, alone, with a title or with"
                + " the same given name; not a short one",
            "Foreign Minister Vivian Balakrishnan spoke. \"We will act,\" Dr Balakrishan said. Team doctor Deb"
                + " Robsinson said all three were fit. \"They had minor problems,\" Dr Robinson said. Deb Robinson"
                + " said they would play. Senator Ron Johnson said the bill failed. \"It is over,\" Johnston said.",
            "Vivian Balakrishnan | Dr Balakrishan | DIRECT | SAY | We will act,",
            "Deb Robsinson | Deb Robsinson | INDIRECT | SAY | all three were fit",
            "Deb Robsinson | Dr Robinson | DIRECT | SAY | They had minor problems,",
            "Deb Robsinson | Deb Robinson | INDIRECT | SAY | they would play",
            "Ron Johnson | Senator Ron Johnson | INDIRECT | SAY | the bill failed",
            "Johnston | Johnston | DIRECT | SAY | It is over,"),
        text("plural media with a quantifier",
            "Several newspapers reported that the envoy had resigned. Multiple news outlets reported him"
                + " to be dead citing sources in the ministry.",
            "several newspapers | Several newspapers | INDIRECT | REPORT | the envoy had resigned",
            "multiple news outlets | Multiple news outlets | INDIRECT | REPORT | him to be dead",
            "multiple news outlets | Multiple news outlets | REPORTED_ACT | EXPLAIN | sources in the ministry"),
        text("what was urged starts at 'to', past a quoted list of addressees",
            "Premier Ola Berg called on \"village councils, churches, and mayors\" to promote vaccines.",
            "Ola Berg | Premier Ola Berg | INDIRECT | URGE | to promote vaccines"),
        text("a participle clause before the subject is the subject's",
            "When announcing the shutdown on Monday, Premier Ola Berg called on mayors to promote vaccines.",
            "Ola Berg | Premier Ola Berg | REPORTED_ACT | ANNOUNCE | the shutdown",
            "Ola Berg | Premier Ola Berg | INDIRECT | URGE | to promote vaccines"),
        text("a newspaper's editor is a person with a title",
            "According to Island Times editor Keni Lesa, the campaign failed.",
            "Keni Lesa | editor Keni Lesa | INDIRECT | SAY | the campaign failed"),
        text("a description's possessive before a person noun, after an inverted cue",
            "It is not for the court to decide, argued the government's lawyer, Richard Keen.",
            "Richard Keen | the government's lawyer | INDIRECT | CLAIM | It is not for the court to decide"),
        text("a body's spokesman speaks for the body",
            "The ministry's spokesman said the talks were over.",
            "the ministry's spokesman | The ministry's spokesman | INDIRECT | SAY | the talks were over"),
        text("attacking a decision or policy is criticism, attacking a place is not",
            "The senator attacked the new tariffs on steel. Rebels attacked the town.",
            "the senator | The senator | REPORTED_ACT | CRITICIZE | the new tariffs on steel"),
        text("a list of speakers gives one statement each",
            "Firms including Bergbau, Nordtel, and Kessler have announced plans to leave. In Berlin, Okafor"
                + " and Weiss said the deal was dead.",
            "Bergbau | Bergbau | REPORTED_ACT | ANNOUNCE | plans to leave",
            "Nordtel | Nordtel | REPORTED_ACT | ANNOUNCE | plans to leave",
            "Kessler | Kessler | REPORTED_ACT | ANNOUNCE | plans to leave",
            "Okafor | Okafor | INDIRECT | SAY | the deal was dead",
            "Weiss | Weiss | INDIRECT | SAY | the deal was dead"),
        text("a group's named members speak, and another speaker ends the clause before",
            "Okafor has said the forest should be opened up, and his critics, which include the group"
                + " Greenwatch, blame him for the fires.",
            "Okafor | Okafor | INDIRECT | SAY | the forest should be opened up",
            "Greenwatch | Greenwatch | REPORTED_ACT | ACCUSE | him for the fires"),
        text("a constitution is a document that speaks",
            "According to the constitution, the governor must resign.",
            "the constitution | the constitution | INDIRECT | SAY | the governor must resign"),
        text("a noun of speech with a clause and no 'that'",
            "Weiss seconded Okafor's recommendation the fires be added to the agenda.",
            "Weiss | Weiss | REPORTED_ACT | AGREE | Okafor's recommendation the fires be added to the agenda",
            "Okafor | Okafor | INDIRECT | PROPOSE | the fires be added to the agenda"),
        text("a group's example members after 'such as', with who is coordinated with the group",
            "Premier Ola Berg and some senators, such as Senator Ann Roe, have expressed interest in term limits.",
            "Ola Berg | Premier Ola Berg | REPORTED_ACT | SAY | interest in term limits",
            "Ann Roe | Senator Ann Roe | REPORTED_ACT | SAY | interest in term limits"),
        text("a framing participle between a subject and its cue is no statement",
            "Okafor, responding to the announcement via radio, attacked the plan as \"a farce\".",
            "Okafor | Okafor | MIXED | CRITICIZE | the plan as \"a farce\""),
        text("a participle before a noun for people is an adjective",
            "The premier was interrupted by protesting legislators."),
        text("a relative clause stays in an object unless it says something itself",
            "Okafor urged the envoy to meet Ann Roe, the head of the council, who served as mayor. The"
                + " mayor praised the police, who said the city was calm.",
            "Okafor | Okafor | INDIRECT | URGE | to meet Ann Roe, the head of the council, who served as mayor",
            "the mayor | The mayor | REPORTED_ACT | PRAISE | the police",
            "the police | the police | INDIRECT | SAY | the city was calm"),
        text("a state's armed forces are a body of the state",
            "Seventeen rockets struck near the base, according to the Iraqi armed forces.",
            "Armed Forces (Iraq) | the Iraqi armed forces | INDIRECT | SAY | Seventeen rockets struck near the base"),
        text("a participle describing a document is no statement of its own, and a confirmed nomination is an act",
            "According to a memo posted online by Senator Ann Roe, the hearing was cancelled. The senate"
                + " confirmed Okafor's nomination.",
            "Ann Roe | Senator Ann Roe | INDIRECT | SAY | the hearing was cancelled"),
        text("a full name with a known given name is a person before speaking, an antecedent for 'she'",
            "Emily Stone, 39, met two officers at a pub. In between, she testified, she was attacked.",
            "Emily Stone | she | INDIRECT | SAY | In between",
            "Emily Stone | she | INDIRECT | SAY | she was attacked"),
        text("after 'that', a semicolon before another 'that' clause goes on with what was said",
            "Researchers reported that coal caused most deaths; that race was a factor; and that costs fell."
                + " Okafor said that the deal was off; that was clear to all.",
            "researchers | Researchers | INDIRECT | REPORT | coal caused most deaths; that race was a factor; and"
                + " that costs fell",
            "Okafor | Okafor | INDIRECT | SAY | the deal was off"),
        text("a semicolon ends reported speech; a quotation after it goes on from the speaker",
            "Both officers indicated they would appeal; Okafor wept in court. The spokesman said the office"
                + " would appeal; \"The ruling needs to be reviewed by a higher court.\"",
            "officers | officers | INDIRECT | SAY | they would appeal",
            "the spokesman | The spokesman | INDIRECT | SAY | the office would appeal",
            "the spokesman | - | DIRECT | SAY | The ruling needs to be reviewed by a higher court."),
        text("an adverb between another speaker and the cue",
            "Okafor claimed the deal was fair; Weiss consistently claimed it was not.",
            "Okafor | Okafor | INDIRECT | CLAIM | the deal was fair",
            "Weiss | Weiss | INDIRECT | CLAIM | it was not"),
        text("cited as saying across an appositive",
            "The agency cited Ann Roe, chief of the state intelligence agency, as saying the suspects were linked.",
            "the agency | The agency | REPORTED_ACT | EXPLAIN | Ann Roe, chief of the state intelligence agency, as"
                + " saying the suspects were linked",
            "Ann Roe | Ann Roe | INDIRECT | SAY | the suspects were linked"),
        text("a quotation after an addressee and an adjunct",
            "Okafor told a guard at the door, in French and English, \"they attacked me\".",
            "Okafor | Okafor | DIRECT | SAY | they attacked me"),
        text("'Per' a source at the start of a sentence, as 'according to'",
            "Per the decree signed by Bishop Ann Roe, priests must report abuse. Oil costs five dollars per barrel.",
            "Ann Roe | Bishop Ann Roe | INDIRECT | SAY | priests must report abuse"),
        text("a comparative 'as' with a verb goes on in the reported clause",
            "Superintendent Ola Berg claimed 90 civilians were wounded, as were seventeen soldiers.",
            "Ola Berg | Superintendent Ola Berg | INDIRECT | CLAIM | 90 civilians were wounded, as were seventeen soldiers"),
        text("a decree that instructs and mentions",
            "The decree instructs bishops to notify the church. It also mentions establishing a register.",
            "the decree | The decree | INDIRECT | URGE | to notify the church",
            "the decree | It | INDIRECT | SAY | establishing a register"),
        text("the government of the only state mentioned",
            "Bombs struck a cathedral in Mindanao, Philippines. The government announced a new region would"
                + " govern itself.",
            "Philippines | The government | INDIRECT | ANNOUNCE | a new region would govern itself"),
        text("the government stays unknown when two states were mentioned",
            "Japan and China met. The government said talks went well.",
            "the government | The government | INDIRECT | SAY | talks went well"),
        text("a parenthetical cue after a semicolon takes the clause after the semicolon",
            "Three migrants died in a storm in 2015; they had, the father says, paid smugglers to take them.",
            "the father | the father | INDIRECT | SAY | they had",
            "the father | the father | INDIRECT | SAY | paid smugglers to take them"),
        text("a cue in a relative clause has no clause of its own before it, but acts on the noun it follows",
            "The front had sent the police a plan for the march, which they rejected, approving only a rally.",
            "the police | they | REPORTED_ACT | REJECT | a plan for the march"),
        text("what was asked after an addressee with a relative clause",
            "The students had asked Mayor Ann Roe, who is backed by the council, to resign.",
            "the students | The students | INDIRECT | ASK | to resign"),
        text("a US state is a place in the United States, not the state whose name it holds",
            "Senator Tom Udall of New Mexico said the wall was a waste.",
            "Tom Udall | Senator Tom Udall | INDIRECT | SAY | the wall was a waste"),
        text("a US party before a name is a title that gives the country",
            "Republican Doug Collins of Georgia said the inquiry was not formal. Republicans said it was a hoax.",
            "Doug Collins | Republican Doug Collins | INDIRECT | SAY | the inquiry was not formal",
            "Republicans | Republicans | INDIRECT | SAY | it was a hoax"),
        text("a surname with a particle, alone and at a sentence start",
            "Mayor Bill de Rosa announced his run. De Rosa said he would win. Later, de Rosa said it was over.",
            "Bill de Rosa | Mayor Bill de Rosa | REPORTED_ACT | ANNOUNCE | his run",
            "Bill de Rosa | De Rosa | INDIRECT | SAY | he would win",
            "Bill de Rosa | de Rosa | INDIRECT | SAY | it was over"),
        text("plural holders of a title with modifiers, and a lawsuit that nobody was said to file",
            "The three committee chairs wrote that the department had stonewalled Congress. The lawsuit,"
                + " filed in federal court, argues that the order is unlawful.",
            "the three committee chairs | The three committee chairs | INDIRECT | SAY | the department had stonewalled Congress",
            "the lawsuit | The lawsuit | INDIRECT | CLAIM | the order is unlawful"),
        text("a cue in a question asked is no statement",
            "Asked whether he would endorse another candidate, Okafor said he had not decided.",
            "Okafor | Okafor | INDIRECT | SAY | he had not decided"),
        text("a participle after a parenthetical cue is the narrator's",
            "Benin and Nigeria signed the agreement, officials said, bringing the total to 54 countries.",
            "officials | officials | INDIRECT | SAY | Benin and Nigeria signed the agreement"),
        text("a single name inside a sentence is an antecedent for 'he'",
            "The newspaper asked Kokesh about his plans. He replied that he would close the agencies.",
            "the newspaper | The newspaper | REPORTED_ACT | ASK | Kokesh about his plans",
            "Kokesh | He | INDIRECT | RESPOND | he would close the agencies"),
        text("a noun in -ly is no adverb",
            "The family said the ruling was wrong.",
            "the family | The family | INDIRECT | SAY | the ruling was wrong"),
        text("a noun of speech after a verb or adjective is no cue, and saying nothing is no statement",
            "The mayor, who had resisted calls for impeachment, said the inquiry was necessary. Growing"
                + " demands for reform worried him. Critics said nothing.",
            "the mayor | The mayor | INDIRECT | SAY | the inquiry was necessary"),
        text("a source's relative clause after 'according to' is not the content",
            "According to CNN, which cited two sources, the envoy had resigned.",
            "CNN | CNN | REPORTED_ACT | EXPLAIN | two sources",
            "CNN | CNN | INDIRECT | SAY | the envoy had resigned"),
        text("a day with a possessive begins what was said",
            "The ministry said Monday's attack killed five people.",
            "the ministry | The ministry | INDIRECT | SAY | Monday's attack killed five people"),
        text("the one spoken to in an interview is no antecedent for the speaker",
            "Prince Ali Saud accepted responsibility. Speaking to Martin Smith of PBS, he said, \"It happened under"
                + " my watch.\"",
            "Ali Saud | he | DIRECT | SAY | It happened under my watch."),
        text("a verb in -s after a noun in -ing or a name in -ed keeps its clause",
            "The ruling says the law violates the constitution. \"We have nothing left,\" Mohammed says.",
            "the ruling | The ruling | INDIRECT | SAY | the law violates the constitution",
            "Mohammed | Mohammed | DIRECT | SAY | We have nothing left,"),
        text("a participle after 'by' with its own object and infinitive is a verb",
            "The mayor responded by urging residents to stay indoors.",
            "the mayor | The mayor | INDIRECT | URGE | to stay indoors"),
        text("nothing as the subject of what was said",
            "The minister said nothing had been decided yet.",
            "the minister | The minister | INDIRECT | SAY | nothing had been decided yet"),
        text("a party word in an organisation's name is no title",
            "The Irish Republican Army said it would disarm.",
            "Irish Republican Army | Irish Republican Army | INDIRECT | SAY | it would disarm"),
        text("a name after a place preposition is no antecedent, nor a surname a letter off at its start",
            "Premier Ola Macron visited the plant. Micron said it would invest. A man was arrested in Tikrit."
                + " He said he was innocent.",
            "Micron | Micron | INDIRECT | SAY | it would invest",
            "Micron | He | INDIRECT | SAY | he was innocent"),
        text("an act noun of interest or a relative 'that' gives no statement; a noun after a preposition opens no clause",
            "It is in the interest of the United States that the talks succeed. After his remarks the crowd"
                + " was silent. Economists warned about Okafor's threat to the economy.",
            "economists | Economists | REPORTED_ACT | WARN | Okafor's threat to the economy"),
        text("a platform after 'by' is the agent, and committing to a place is no promise",
            "The senator criticized the decision by Facebook. The man committed to a hospital was released.",
            "the senator | The senator | REPORTED_ACT | CRITICIZE | the decision by Facebook"),
        text("a comma inside the closing marks before 'while' ends the clause",
            "Senator Ann Roe told reporters Okafor \"was a great man,\" while others disagreed.",
            "Ann Roe | Senator Ann Roe | MIXED | SAY | Okafor \"was a great man,\""),
        text("'Per' numbers reported by a medium",
            "Per numbers reported by Reuters, 400 priests are subject to the rule.",
            "Reuters | Reuters | INDIRECT | SAY | 400 priests are subject to the rule"),
        text("the opposition, an assembly and a camp speak",
            "The opposition criticized the plan. The assembly said it would vote. The pro-Beijing camp said it lost.",
            "the opposition | The opposition | REPORTED_ACT | CRITICIZE | the plan",
            "the assembly | The assembly | INDIRECT | SAY | it would vote",
            "the pro-Beijing camp | The pro-Beijing camp | INDIRECT | SAY | it lost"),
        text("offering, mourning, disparaging and an intent are acts; a meeting keeps its 'with'",
            "Beijing offered only one meeting with the German envoy. Politicians publicly mourned his death."
                + " Senator Ann Roe expressed intent to run.",
            "China | Beijing | REPORTED_ACT | PROPOSE | only one meeting with the German envoy",
            "politicians | Politicians | REPORTED_ACT | SAY | his death",
            "Ann Roe | Senator Ann Roe | REPORTED_ACT | SAY | intent to run"),
        text("a titled person after a noun starts another clause in a run-on headline",
            "Beijing offered only one meeting with the official German Foreign Minister Anton Weiss's trip"
                + " was canceled.",
            "China | Beijing | REPORTED_ACT | PROPOSE | only one meeting with the official"),
        text("a message that carries a statement frames it",
            "Premier Ola Berg posted a message on Twitter blaming the opposition, saying there was no evidence.",
            "Ola Berg | Premier Ola Berg | REPORTED_ACT | ACCUSE | the opposition",
            "Ola Berg | Premier Ola Berg | INDIRECT | SAY | there was no evidence"),
        text("a clause ends before coordinated speakers whose cue ends the sentence",
            "Officials plan to assure their counterparts that Japan shares a concern, aides and a diplomat said Friday.",
            "aides | aides | INDIRECT | SAY | Officials plan to assure their counterparts that Japan shares a concern",
            "a diplomat | a diplomat | INDIRECT | SAY | Officials plan to assure their counterparts that Japan shares a concern",
            "officials | Officials | INDIRECT | ASSURE | Japan shares a concern"),
        text("a speaker and cue with a clause of their own stay inside the content",
            "The Times reported that, in a call in July, Okafor might have urged Weiss to investigate the deal.",
            "Times | The Times | INDIRECT | REPORT | in a call in July, Okafor might have urged Weiss to investigate the deal",
            "Okafor | Okafor | INDIRECT | URGE | to investigate the deal"),
        text("a past participle with its reason right after it describes the noun before it; with its agent, it is"
                + " the agent's act on the noun",
            "Factors cited for the drop include habitat loss. Okafor, criticized by the opposition, said he"
                + " would veto it. The minister apologized for the remarks.",
            "the opposition | the opposition | REPORTED_ACT | CRITICIZE | Okafor",
            "Okafor | Okafor | INDIRECT | SAY | he would veto it",
            "the minister | The minister | REPORTED_ACT | APOLOGIZE | the remarks"),
        text("a definite title takes the holder named after it",
            "The plan drew criticism from the Estonian foreign minister, who questioned its legality."
                + " Estonian Foreign Minister Anton Weiss spoke on Monday.",
            "Anton Weiss | the Estonian foreign minister | REPORTED_ACT | CRITICIZE | The plan",
            "Anton Weiss | the Estonian foreign minister | INDIRECT | CLAIM | its legality"),
        text("a definite title does not take a holder of another state",
            "The plan drew criticism from the Estonian foreign minister, who questioned its legality."
                + " Latvian Foreign Minister Anton Weiss spoke on Monday.",
            "the Estonian foreign minister | the Estonian foreign minister | REPORTED_ACT | CRITICIZE | The plan",
            "the Estonian foreign minister | the Estonian foreign minister | INDIRECT | CLAIM | its legality"),
        text("a country's name after a given name is a surname",
            "Nikki Holland of the National Crime Agency said the offenders were caught. Jim Jordan told"
                + " reporters the vote was a sham.",
            "Nikki Holland | Nikki Holland | INDIRECT | SAY | the offenders were caught",
            "Jim Jordan | Jim Jordan | INDIRECT | SAY | the vote was a sham"),
        text("a place after of in an institution's name",
            "The University of Tokyo said the study was flawed. A spokesman for the University of Oregon"
                + " said classes would resume.",
            "University of Tokyo | University of Tokyo | INDIRECT | SAY | the study was flawed",
            "a spokesman for the University of Oregon | A spokesman for the University of Oregon | INDIRECT | SAY | classes would resume"),
        text("a government body of a named state",
            "The Ministry of Defence of Ukraine said the attack had failed. The Embassy of the United States"
                + " said visas would be issued.",
            "Defense Ministry (Ukraine) | The Ministry of Defence of Ukraine | INDIRECT | SAY | the attack had failed",
            "Embassy (United States) | The Embassy of the United States | INDIRECT | SAY | visas would be issued"),
        text("a plea in court and the confirmation of a nominee are not speech",
            "Omar Said pleaded guilty to fraud. The Senate confirmed Judge Ana Ruiz as chief justice. Ruiz"
                + " said, \"If the Senate confirms me, I will serve.\" Police confirmed her death.",
            "Ana Ruiz | Ruiz | DIRECT | SAY | If the Senate confirms me, I will serve.",
            "Police | Police | REPORTED_ACT | CONFIRM | her death"),
        text("a capitalised plural inside a quotation is no embedded speaker",
            "Lam said: \"Visitors wonder whether our city is safe. Premier Wong reiterated that the law stands.\"",
            "Lam | Lam | DIRECT | SAY | Visitors wonder whether our city is safe. Premier Wong reiterated that the law stands.",
            "Wong | Premier Wong | INDIRECT | REITERATE | the law stands"),
        text("a relative clause set off inside the reported clause",
            "The ministry said the treaty, which was signed in 1966, remains valid. Police said the man, who"
                + " was 45, had fled. The senator said he backed the bill, which passed in May.",
            "the ministry | The ministry | INDIRECT | SAY | the treaty, which was signed in 1966, remains valid",
            "Police | Police | INDIRECT | SAY | the man, who was 45, had fled",
            "the senator | The senator | INDIRECT | SAY | he backed the bill, which passed in May"),
        text("'until' belongs to what was asked or promised",
            "Lawyers asked the judge to delay his ruling until after they made their recommendations. She"
                + " promised protests every week until Sweden joined the Paris Agreement. Officials urged"
                + " residents to stay indoors until the storm passes.",
            "lawyers | Lawyers | INDIRECT | ASK | to delay his ruling until after they made their recommendations",
            "- | She | REPORTED_ACT | PROMISE | protests every week until Sweden joined the Paris Agreement",
            "officials | Officials | INDIRECT | URGE | to stay indoors until the storm passes"),
        text("'the company' stands for a company of the gazetteer, not for another organisation",
            "Toyota on Tuesday announced a recall. The company said it had received 37 reports.",
            "Toyota | Toyota | REPORTED_ACT | ANNOUNCE | a recall",
            "Toyota | The company | INDIRECT | SAY | it had received 37 reports"),
        text("a currency's prefix names no state, and 'the government' is the one country met so far",
            "Junior doctors in Zimbabwe went on strike over salaries worth less than US$100. The government has"
                + " offered to double their allowances.",
            "Zimbabwe | The government | REPORTED_ACT | PROPOSE | to double their allowances"),
        text("a cue in a condition says nothing",
            "Troops were ready to assist if local governments requested help. If the minister said that, he was"
                + " wrong. Ana Ruiz said she would resign if the party asked her to.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | she would resign if the party asked her to"),
        text("dismissing people says nothing, nor does a participle before 'in connection with'",
            "The board dismissed more than 400 of the striking doctors. He dismissed the critics as cowards. The"
                + " company dismissed the allegations. According to the EACC, four officials charged in connection"
                + " with the scheme are due to stand trial.",
            "- | He | REPORTED_ACT | REJECT | the critics as cowards",
            "the company | The company | REPORTED_ACT | REJECT | the allegations",
            "EACC | the EACC | INDIRECT | SAY | four officials charged in connection with the scheme are due to"
                + " stand trial"),
        text("what was said in a relative clause set off by a comma ends before the main clause",
            "In neighbouring France, where temperatures were also forecast to break records, the government"
                + " postponed exams.",
            "- | - | INDIRECT | PREDICT | to break records"),
        text("a source set off after a relative pronoun gives the relative clause",
            "The team found the skeletons of 12 people who, according to Quispe, may have been sacrificed. The"
                + " man, who, according to police, was armed, fled.",
            "Quispe | Quispe | INDIRECT | SAY | may have been sacrificed",
            "police | police | INDIRECT | SAY | was armed"),
        text("the writer's notes after 'which' and 'while' are not said, and text may end after ', while'",
            "Trump said the election was rigged, which is false. Johnson said Britain would leave on October 31,"
                + " which was later delayed. Turkey said it would not attack, while Kurdish forces prepared for"
                + " an offensive. Police said the man fled, while",
            "Trump | Trump | INDIRECT | SAY | the election was rigged",
            "Johnson | Johnson | INDIRECT | SAY | Britain would leave on October 31",
            "Turkey | Turkey | INDIRECT | SAY | it would not attack",
            "Police | Police | INDIRECT | SAY | the man fled"),
        text("the writer's time after 'until', and those named after ', including', end an object",
            "The president praised the general until the two fell out in 2019. World leaders condemned the"
                + " attack, including Biden and Macron. The company confirmed the issue with a post on X.",
            "the president | The president | REPORTED_ACT | PRAISE | the general",
            "world leaders | World leaders | REPORTED_ACT | DENOUNCE | the attack",
            "the company | The company | REPORTED_ACT | CONFIRM | the issue"),
        text("one spoken with is no speaker, a company after a ministry is its own, a relative clause goes on",
            "Trump spoke by phone with his French counterpart, Emmanuel Macron, urging him to reopen talks. The"
                + " Ministry of Health and Sinovac said the vaccine was safe. The minister praised the soldiers"
                + " who fought the fire and saved the village.",
            "Trump | Trump | INDIRECT | URGE | to reopen talks",
            "Health Ministry (France) | The Ministry of Health | INDIRECT | SAY | the vaccine was safe",
            "Sinovac | Sinovac | INDIRECT | SAY | the vaccine was safe",
            "the minister | The minister | REPORTED_ACT | PRAISE | the soldiers who fought the fire and saved the"
                + " village"),
        text("a product's maker, a preposition before an act noun, a city's police and a party's lawmakers",
            "Qantas grounded its Boeing 737 fleet. The company said safety came first. The army sent troops to"
                + " the border region after the warning. The Oakland police department said the suspect fled."
                + " Japan's ruling party lawmakers said the bill would pass.",
            "the company | The company | INDIRECT | SAY | safety came first",
            "the Oakland police department | The Oakland police department | INDIRECT | SAY | the suspect fled",
            "ruling party lawmakers | ruling party lawmakers | INDIRECT | SAY | the bill would pass"),
        text("a group's noun begins a name before 'and' and an organisation's word; 'the bloc' and 'the union'",
            "Patients waited, according to the Irish Nurses and Midwives Organisation (INMO). The union said it"
                + " was unsafe. The Association of Southeast Asian Nations urged calm. In a statement, the"
                + " 10-member bloc said it was concerned.",
            "Irish Nurses and Midwives Organisation | Irish Nurses and Midwives Organisation | INDIRECT | SAY |"
                + " Patients waited",
            "Irish Nurses and Midwives Organisation | The union | INDIRECT | SAY | it was unsafe",
            "Association of Southeast Asian Nations | The Association of Southeast Asian Nations | REPORTED_ACT |"
                + " URGE | calm",
            "Association of Southeast Asian Nations | the 10-member bloc | INDIRECT | SAY | it was concerned"),
        text("a city after words no list knows ends their name",
            "Cycle Aware Wellington welcomed the vote. Prime Minister Jacinda Ardern said Wellington was ready.",
            "Cycle Aware Wellington | Cycle Aware Wellington | REPORTED_ACT | WELCOME | the vote",
            "Jacinda Ardern | Prime Minister Jacinda Ardern | INDIRECT | SAY | Wellington was ready"),
        text("a state after a place and a comma before the cue tells where the place is",
            "Police in Kano, Nigeria said the suspect fled. Researchers at the university in Lyon, France said the"
                + " results were clear. Talks in Geneva failed, Russia said.",
            "Police in Kano | Police in Kano | INDIRECT | SAY | the suspect fled",
            "researchers | Researchers | INDIRECT | SAY | the results were clear",
            "Russia | Russia | INDIRECT | SAY | Talks in Geneva failed"),
        text("'the bloc' is no company, a sentence's first group stays one, a time span with more after it",
            "The European Union fined Google. The 27-nation bloc said the company had abused its power. Students"
                + " and University staff said the campus was closed. The spokesman said the deal was signed, two"
                + " weeks before the deadline, and that both sides were satisfied. The mayor proposed a budget no"
                + " larger than last year's.",
            "European Union | The 27-nation bloc | INDIRECT | SAY | the company had abused its power",
            "students | Students | INDIRECT | SAY | the campus was closed",
            "university staff | University staff | INDIRECT | SAY | the campus was closed",
            "the spokesman | The spokesman | INDIRECT | SAY | the deal was signed, two weeks before the deadline,"
                + " and that both sides were satisfied",
            "the mayor | The mayor | REPORTED_ACT | PROPOSE | a budget no larger than last year's"),
        text("'the union' is not the company whose workers it speaks for",
            "Workers at Daehan Motor Co. went on strike. The union said the strike would last a week.",
            "the union | The union | INDIRECT | SAY | the strike would last a week"),
        text("a span of time and a subordinator after a comma end a clause, unless set off inside it",
            "Police said the man fled, hours after the attack. Analysts said the timing, weeks before the"
                + " summit, suggested Beijing was testing the waters.",
            "Police | Police | INDIRECT | SAY | the man fled",
            "analysts | Analysts | INDIRECT | SAY | the timing, weeks before the summit, suggested Beijing was"
                + " testing the waters"),
        text("a comparison's 'than' does not end an object",
            "Hofmann announced the discovery of a planet slightly larger than Neptune.",
            "Hofmann | Hofmann | REPORTED_ACT | ANNOUNCE | the discovery of a planet slightly larger than Neptune"),
        text("a business's noun before a name makes it a company, which 'the company' stands for",
            "Paper maker Pohjola Paper said it would close its mill. The company blamed falling demand. Ferry"
                + " operator CalMac said the ship was withdrawn.",
            "Pohjola Paper | Pohjola Paper | INDIRECT | SAY | it would close its mill",
            "Pohjola Paper | The company | REPORTED_ACT | ACCUSE | falling demand",
            "CalMac | CalMac | INDIRECT | SAY | the ship was withdrawn"),
        text("a gazetteer company in a clause about another is not 'the company', and an until-clause keeps its verb",
            "Ryanair cancelled 300 flights after Boeing delayed deliveries. The company said passengers would get"
                + " refunds. Lawyers asked the court to suspend the ruling until the appeal was heard. She denied"
                + " any relationship with a laugh.",
            "the company | The company | INDIRECT | SAY | passengers would get refunds",
            "lawyers | Lawyers | INDIRECT | ASK | to suspend the ruling until the appeal was heard",
            "- | She | REPORTED_ACT | DENY | any relationship"),
        text("a company that the subject's group is told of by is what 'the company' stands for",
            "Netflix subscribers rose by 5 million in the quarter, the company said. Google employees protested"
                + " outside the headquarters. The company said it respected their right to protest.",
            "Netflix | the company | INDIRECT | SAY | Netflix subscribers rose by 5 million in the quarter",
            "Google | The company | INDIRECT | SAY | it respected their right to protest"),
        text("a group of people before a place and 'and', and a body's name before a person's noun",
            "A group of farmers from Punjab marched to Delhi and demanded higher prices. The former Department"
                + " of Energy official said the plant was unsafe.",
            "farmers | farmers | REPORTED_ACT | DEMAND | higher prices",
            "energy official | Energy official | INDIRECT | SAY | the plant was unsafe"),
        text("a time's adverb before an object's end goes with the time, and an order is no statement",
            "A federal judge issued an order blocking the policy. The governor announced his resignation shortly"
                + " after midnight. The union called for a national rally after the vote.",
            "the governor | The governor | REPORTED_ACT | ANNOUNCE | his resignation",
            "the union | The union | REPORTED_ACT | DEMAND | a national rally"),
        text("a word of an act of state before an act's noun does not keep it from speaking",
            "The agency issued an emergency warning. The governor declared a state of emergency.",
            "the agency | The agency | REPORTED_ACT | WARN | an emergency warning"),
        text("a state's possessive before an organisation's nouns",
            "Kenya's ruling party on Monday rejected the result. Nigeria's main opposition party, the Peoples"
                + " Democratic Party (PDP), on Monday rejected the result, alleging widespread vote-buying.",
            "Kenya's ruling party | Kenya's ruling party | REPORTED_ACT | REJECT | the result",
            "Peoples Democratic Party | Peoples Democratic Party | REPORTED_ACT | REJECT | the result",
            "Peoples Democratic Party | Peoples Democratic Party | INDIRECT | CLAIM | widespread vote-buying"),
        text("a region's adjective no list knows before a body's noun",
            "The flames spread, according to the Catalan fire service. The Bavarian interior ministry said roads"
                + " were shut. The Catalan said he was tired.",
            "the Catalan fire service | the Catalan fire service | INDIRECT | SAY | The flames spread",
            "the Bavarian interior ministry | The Bavarian interior ministry | INDIRECT | SAY | roads were shut",
            "Catalan | The Catalan | INDIRECT | SAY | he was tired"),
        text("a body owned by a common noun is a body",
            "The bill will rise, according to the city's water department. The department said pipes were old.",
            "the city's water department | the city's water department | INDIRECT | SAY | The bill will rise",
            "the city's water department | The department | INDIRECT | SAY | pipes were old"),
        text("a group's noun before an organisation's or a body's word is no group",
            "The Swedish Police Authority says fraud has increased. The police authority has urged older people"
                + " and their relatives to hang up.",
            "Swedish Police Authority | Swedish Police Authority | INDIRECT | SAY | fraud has increased",
            "Swedish Police Authority | The police authority | INDIRECT | URGE | to hang up"),
        text("a light verb's act noun after several modifiers, quoted ones among them",
            "The NVE had issued a level-4 \"high\" avalanche danger warning for the Lyngen area.",
            "NVE | The NVE | REPORTED_ACT | WARN | a level-4 \"high\" avalanche danger warning for the Lyngen area"),
        text("the subject's next act after 'and' ends an object, but not a clause's second verb",
            "MARINA announced an investigation into the accident and suspended the franchise. The ministry"
                + " suggested the driver lost control and left the road. The union demanded higher pay and"
                + " improved conditions.",
            "MARINA | MARINA | REPORTED_ACT | ANNOUNCE | an investigation into the accident",
            "the ministry | The ministry | REPORTED_ACT | PROPOSE | the driver lost control and left the road",
            "the union | The union | REPORTED_ACT | DEMAND | higher pay and improved conditions"),
        text("a body's capitalised name after words that describe it, and after 'and'",
            "The provincial Department of Natural Resources and Environment said tests found ammonia. The"
                + " department said the mill was shut. The Ministry of Agriculture and Rural Development said"
                + " crops failed.",
            "Department of Natural Resources and Environment | The provincial Department of Natural Resources and"
                + " Environment | INDIRECT | SAY | tests found ammonia",
            "Department of Natural Resources and Environment | The department | INDIRECT | SAY | the mill was shut",
            "Agriculture Ministry | The Ministry of Agriculture and Rural Development | INDIRECT | SAY | crops failed"),
        text("those spoken to before a place and 'and' do not speak the verb after it",
            "Jansen spoke to the protesters from a trailer and told them the plan was dead. Ana Ruiz met the"
                + " farmers in Hague and said the deal was off. Officials in Goa met and said roads were shut.",
            "Jansen | Jansen | INDIRECT | SAY | the plan was dead",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the deal was off",
            "officials | Officials | INDIRECT | SAY | roads were shut"),
        text("a pronoun told is no content",
            "Jansen told them the plan was dead. Diaz told him Beijing would act. Tom Reed told them to leave."
                + " Ana Ruiz told her mother the plan was dead.",
            "Jansen | Jansen | INDIRECT | SAY | the plan was dead",
            "Diaz | Diaz | INDIRECT | SAY | Beijing would act",
            "Tom Reed | Tom Reed | INDIRECT | SAY | to leave",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the plan was dead"),
        text("a name set off by commas after 'with' and a description speaks the participle after it",
            "The party praised the decision, with its general secretary, Kofi Amoako, saying it showed the"
                + " government was serious.",
            "the party | The party | REPORTED_ACT | PRAISE | the decision",
            "Kofi Amoako | Kofi Amoako | INDIRECT | SAY | it showed the government was serious"),
        text("a given name that is a man's in one language and a woman's in another gives no gender",
            "\"We are asking everyone to act,\" forecaster Yuki Hashimoto said. More rain was due, he added. Andrea"
                + " Orlando said the bill would pass. He said the vote was close.",
            "Yuki Hashimoto | Yuki Hashimoto | DIRECT | SAY | We are asking everyone to act,",
            "Yuki Hashimoto | he | INDIRECT | SAY | More rain was due",
            "Andrea Orlando | Andrea Orlando | INDIRECT | SAY | the bill would pass",
            "Andrea Orlando | He | INDIRECT | SAY | the vote was close"),
        text("a place after a Romance particle belongs to an institution's name",
            "Metro de Santiago said 23 stations had been closed. Banco de España said rates would rise. Charles de"
                + " Gaulle said France was free.",
            "Metro de Santiago | Metro de Santiago | INDIRECT | SAY | 23 stations had been closed",
            "Banco de España | Banco de España | INDIRECT | SAY | rates would rise",
            "Charles de Gaulle | Charles de Gaulle | INDIRECT | SAY | France was free"),
        text("a title's portfolio after 'for', and a name with an initial after it",
            "Minister for Disaster Management Jone Vakaloloma urged people to move. On Monday, Minister for Home"
                + " Affairs K. Shanmugam said the law was clear.",
            "Jone Vakaloloma | Minister for Disaster Management Jone Vakaloloma | INDIRECT | URGE | to move",
            "K. Shanmugam | Minister for Home Affairs K. Shanmugam | INDIRECT | SAY | the law was clear"),
        text("a product's name before a common noun does not come between a company and 'the company'",
            "Hanbit Electronics announced a recall of 420,000 Vega S9 smartphones. The company said it had received"
                + " 37 reports. Hasbro hosted a panel. The company said sales rose.",
            "Hanbit Electronics | Hanbit Electronics | REPORTED_ACT | ANNOUNCE | a recall of 420,000 Vega S9 smartphones",
            "Hanbit Electronics | The company | INDIRECT | SAY | it had received 37 reports",
            "the company | The company | INDIRECT | SAY | sales rose"),
        text("'the company' does not stand for an organisation of the gazetteer that is no business",
            "The United Nations said aid was blocked. The company said the trucks were late.",
            "United Nations | The United Nations | INDIRECT | SAY | aid was blocked",
            "the company | The company | INDIRECT | SAY | the trucks were late"),
        text("a noun whose partner follows 'with' keeps it in the object",
            "Gray cited his experience with the sport of rugby. The premier praised the partnership with Seoul.",
            "Gray | Gray | REPORTED_ACT | EXPLAIN | his experience with the sport of rugby",
            "the premier | The premier | REPORTED_ACT | PRAISE | the partnership with Seoul"),
        text("a contrast after ', while' is said too, unless others speak or act in it",
            "The fire service said the baby was critically ill, while two adults were seriously injured. Officials"
                + " said classes were cancelled, while the mayor noted that offices stayed open. The governor"
                + " said schools would close, while Duterte also cancelled exams.",
            "the fire service | The fire service | INDIRECT | SAY | the baby was critically ill, while two adults"
                + " were seriously injured",
            "officials | Officials | INDIRECT | SAY | classes were cancelled",
            "the mayor | the mayor | INDIRECT | SAY | offices stayed open",
            "the governor | The governor | INDIRECT | SAY | schools would close"),
        text("what an object takes in after 'including' is part of it",
            "Protesters demanded reforms, including a fairer election. The agency announced new curbs, including"
                + " a curfew in the capital, saying the outbreak was spreading.",
            "protesters | Protesters | REPORTED_ACT | DEMAND | reforms, including a fairer election",
            "the agency | The agency | REPORTED_ACT | ANNOUNCE | new curbs, including a curfew in the capital",
            "the agency | The agency | INDIRECT | SAY | the outbreak was spreading"),
        text("a relative clause at the end of a clause said is said too, but not the writer's note on it",
            "Researchers said the coating repels bacteria, which itself reduces smells. Police said the man stole"
                + " a car, which he denied. The mayor said taxes would rise, which drew criticism from unions."
                + " Aides said the plan would pass, which officials said was unlikely. Tsvangirai claimed victory"
                + " in the vote, which was marred by fraud.",
            "researchers | Researchers | INDIRECT | SAY | the coating repels bacteria, which itself reduces smells",
            "Police | Police | INDIRECT | SAY | the man stole a car",
            "the mayor | The mayor | INDIRECT | SAY | taxes would rise",
            "unions | unions | REPORTED_ACT | CRITICIZE | taxes would rise",
            "aides | Aides | INDIRECT | SAY | the plan would pass",
            "officials | officials | INDIRECT | SAY | was unlikely",
            "Tsvangirai | Tsvangirai | REPORTED_ACT | CLAIM | victory in the vote"),
        text("a part of the day after the cue, and a long name as the subject of the clause",
            "Roberts said yesterday morning the road will be examined. Ford announced the United States"
                + " Department of Justice was investigating it.",
            "Roberts | Roberts | INDIRECT | SAY | the road will be examined",
            "Ford | Ford | INDIRECT | ANNOUNCE | the United States Department of Justice was investigating it"),
        text("a news medium by the last word of its name, and a name that begins with The",
            "The Lagos Courier reported the ship sank. Kestrel News said the crash involved pilot error."
                + " According to a report by The Atlantic, the database exists. Emily Post said manners matter.",
            "Lagos Courier | The Lagos Courier | INDIRECT | REPORT | the ship sank",
            "Kestrel News | Kestrel News | INDIRECT | SAY | the crash involved pilot error",
            "The Atlantic | The Atlantic | INDIRECT | SAY | the database exists",
            "Emily Post | Emily Post | INDIRECT | SAY | manners matter"),
        text("according to two sources, and a source followed by where it is from",
            "According to Reuters and NBC, the prince is the de facto ruler. The pupils were going to a"
                + " competition, according to the mayor of Yartsevo via Interfax.",
            "Reuters | Reuters | INDIRECT | SAY | the prince is the de facto ruler",
            "NBC News | NBC | INDIRECT | SAY | the prince is the de facto ruler",
            "the mayor | the mayor | INDIRECT | SAY | The pupils were going to a competition"),
        text("confessing or admitting to an act is a reported act",
            "Omar Said confessed to killing his sister. Okafor has admitted to the affair.",
            "Omar Said | Omar Said | REPORTED_ACT | ACKNOWLEDGE | killing his sister",
            "Okafor | Okafor | REPORTED_ACT | ACKNOWLEDGE | the affair"),
        text("the person an object is sent to is not part of it",
            "Senator Ana Ruiz sent a letter requesting the new rules to Elaine Chao. The House cited their"
                + " refusal to disclose to Congress documents related to President Paul Okoro's plan.",
            "Ana Ruiz | Senator Ana Ruiz | REPORTED_ACT | ASK | the new rules",
            "House | The House | REPORTED_ACT | EXPLAIN | their refusal to disclose to"
                + " Congress documents related to President Paul Okoro's plan"),
        text("a common noun capitalised at the start of a sentence is no name",
            "Scientist Rebecca Falconer said the glue works. Messages leaked on Friday mocked the victims."
                + " Porter Goss said the agency would change.",
            "Rebecca Falconer | Scientist Rebecca Falconer | INDIRECT | SAY | the glue works",
            "Porter Goss | Porter Goss | INDIRECT | SAY | the agency would change"),
        text("a passive without its agent is a statement without a speaker",
            "The teenager is reported to be in critical condition. Okafor was hailed a national hero. He was"
                + " also praised in the West. The attack was condemned. The man was called to testify. He was"
                + " arrested on Friday.",
            "- | - | INDIRECT | REPORT | to be in critical condition",
            "- | - | REPORTED_ACT | PRAISE | a national hero",
            "- | - | REPORTED_ACT | PRAISE | He",
            "- | - | REPORTED_ACT | DENOUNCE | The attack"),
        text("a passive of telling or urging: the subject was addressed, the agent spoke",
            "At the meeting he was told by Minister Ana Ruiz of \"forty people under the rubble\". The envoy"
                + " was urged by aides to resign. Guests were reported by local media to have left early.",
            "Ana Ruiz | Minister Ana Ruiz | REPORTED_ACT | SAY | \"forty people under the rubble\"",
            "aides | aides | INDIRECT | URGE | to resign",
            "local media | local media | INDIRECT | REPORT | to have left early"),
        text("a definite title takes the holder of another title of the same office",
            "Foreign Secretary Ana Ruiz said the embassy would reopen. The foreign minister said talks would"
                + " resume.",
            "Ana Ruiz | Foreign Secretary Ana Ruiz | INDIRECT | SAY | the embassy would reopen",
            "Ana Ruiz | The foreign minister | INDIRECT | SAY | talks would resume"),
        text("a reported clause, then a quotation after a colon",
            "According to prosecutor Ana Ruiz, the letter could strengthen the case: \"The key factor here is"
                + " intent.\"",
            "Ana Ruiz | prosecutor Ana Ruiz | INDIRECT | SAY | the letter could strengthen the case",
            "Ana Ruiz | prosecutor Ana Ruiz | DIRECT | SAY | The key factor here is intent."),
        text("according to a source's records, and sources placed in a state or a body's name",
            "The plane was built in 1945, according to Federal Aviation Administration records. He had"
                + " crashed before, according to police in Texas. According to the House of Commons Library,"
                + " most prorogations were short. Saint Francis Hospital said it was ready.",
            "Federal Aviation Administration | Federal Aviation Administration | INDIRECT | SAY | The plane"
                + " was built in 1945",
            "police in Texas | police in Texas | INDIRECT | SAY | He had crashed before",
            "House of Commons Library | House of Commons Library | INDIRECT | SAY | most prorogations were short",
            "Saint Francis Hospital | Saint Francis Hospital | INDIRECT | SAY | it was ready"),
        text("answering a call is a deed",
            "Police answering a call found the man. The ministry responded to the criticism.",
            "the ministry | The ministry | REPORTED_ACT | RESPOND | to the criticism"),
        text("he does not stand for a woman described by a noun",
            "Omar Said died on Sunday, his daughter said. \"I could play!\" he recalled in an interview.",
            "his daughter | his daughter | INDIRECT | SAY | Omar Said died on Sunday",
            "Omar Said | he | DIRECT | SAY | I could play!"),
        text("a second verb of the subject, and coordinated passives",
            "The family said it was sad and asked for donations. The plan was drafted and announced by the"
                + " ministry.",
            "the family | The family | INDIRECT | SAY | it was sad",
            "the family | The family | REPORTED_ACT | ASK | for donations",
            "the ministry | the ministry | REPORTED_ACT | ANNOUNCE | The plan"),
        text("referring to or identifying something as something, also on a platform",
            "Okafor called the inquiry a \"witch hunt\", and on Twitter referred to the vote as \"a hoax\"."
                + " Officials identified the suspect as Omar Said. Police identified the remains on Friday. The"
                + " judge referred the case to a higher court.",
            "Okafor | Okafor | MIXED | SAY | the inquiry a \"witch hunt\"",
            "Okafor | Okafor | REPORTED_ACT | SAY | the vote as \"a hoax\"",
            "officials | Officials | REPORTED_ACT | SAY | the suspect as Omar Said"),
        text("a passive of naming with its agent, and a statement after when",
            "The results were described by Okafor as a \"historic mandate\". The State Department described"
                + " him as an \"emerging\" figure when they offered a reward for his capture.",
            "Okafor | Okafor | MIXED | SAY | a \"historic mandate\"",
            "State Department | The State Department | MIXED | SAY | him as an \"emerging\" figure",
            "State Department | they | REPORTED_ACT | PROPOSE | a reward for his capture"),
        text("speech still to come that no source reports",
            "The minister is expected to announce the plan on Monday. Officials said the minister plans to"
                + " announce the plan on Monday.",
            "officials | Officials | INDIRECT | SAY | the minister plans to announce the plan on Monday",
            "the minister | the minister | REPORTED_ACT | ANNOUNCE | the plan"),
        text("calling something a name is a characterisation",
            "Opposition leader Juan Ortiz has called the election a fraud. The president called a meeting of"
                + " the cabinet. She called the police a day later.",
            "Juan Ortiz | Opposition leader Juan Ortiz | INDIRECT | SAY | the election a fraud"),
        text("the words carried by slogans and signs are their carriers'",
            "Protesters chanted slogans calling for the governor's resignation. Demonstrators held signs"
                + " reading \"Free the press\".",
            "protesters | Protesters | REPORTED_ACT | DEMAND | the governor's resignation",
            "demonstrators | Demonstrators | DIRECT | SAY | Free the press"),
        text("a document after the content speaks itself, and a statement as the medium of an act",
            "Under the agreement, both sides pledged to cut tariffs, the statement said. Kim Yo Jong warned"
                + " Seoul in a statement carried by KCNA.",
            "the statement | the statement | INDIRECT | SAY | Under the agreement, both sides pledged to cut tariffs",
            "both sides | both sides | REPORTED_ACT | PROMISE | to cut tariffs",
            "Kim Yo Jong | Kim Yo Jong | REPORTED_ACT | WARN | Seoul"),
        text("a definite generic body is the body of the one state named so far",
            "Beijing reacted angrily. The foreign ministry accused Washington of \"gross interference\".",
            "Foreign Ministry (China) | The foreign ministry | REPORTED_ACT | ACCUSE | Washington of \"gross"
                + " interference\""),
        text("a definite generic body keeps no country when two states were named",
            "Japan protested to China. The foreign ministry said the ship had left.",
            "Japan | Japan | REPORTED_ACT | DENOUNCE | to China",
            "Foreign Ministry | The foreign ministry | INDIRECT | SAY | the ship had left"),
        text("a verb in -s after a plural noun is a noun, and an act needs an object",
            "Ruiz made videos and social media posts depicting her dancing. The argument reduces to the"
                + " notion that the founders rejected at the start of the republic.",
            new String[0]),
        text("what is asked of a named addressee, with or without to",
            "Okafor asked the United States District Court for the Southern District of New York intervene in"
                + " the case. Officials asked the White House to declare an emergency.",
            "Okafor | Okafor | REPORTED_ACT | ASK | intervene in the case",
            "officials | Officials | INDIRECT | ASK | to declare an emergency"),
        text("a dateline is not what was said",
            "TOKYO (Reuters) - Japan will not accept any change by force, Prime Minister Ken Ito said. WASHINGTON,"
                + " Jan. 5 — The talks had collapsed, officials said.",
            "Ken Ito | Prime Minister Ken Ito | INDIRECT | SAY | Japan will not accept any change by force",
            "officials | officials | INDIRECT | SAY | The talks had collapsed"),
        text("a dateline in title case is not what was said, and gives the government its state",
            "Seoul, 12 March (Yonhap) — The government said it would send aid.",
            "South Korea | The government | INDIRECT | SAY | it would send aid"),
        text("a dateline in title case with an agency and a dash, or a date and a dash",
            "Berlin (dpa) - The talks had failed, officials said.",
            "officials | officials | INDIRECT | SAY | The talks had failed"),
        text("a dateline in title case with a date and a dash, whose state a body takes",
            "Manila, March 3 — Two ships collided, the coast guard said.",
            "Coast Guard (Philippines) | the coast guard | INDIRECT | SAY | Two ships collided"),
        text("a capitalised word before a bracket or a comma is no dateline without a date and a dash",
            "Abe (left) said the talks had failed. Tokyo, the capital, said the roads were closed.",
            "Abe | Abe | INDIRECT | SAY | the talks had failed",
            "Japan | Tokyo | INDIRECT | SAY | the roads were closed"),
        text("a named person's office is theirs, not a body named before whose names include an office",
            "France's foreign minister, Claire Daumas-Ribière, arrived in Beirut. After meeting President Fouad"
                + " Karam, she said France would help. Karam's office said he had assured the minister.",
            "Claire Daumas-Ribière | she | INDIRECT | SAY | France would help",
            "Office of Fouad Karam | Karam's office | INDIRECT | SAY | he had assured the minister"),
        text("'her ministry' is the ministry she holds a role in, not another named since",
            "French Foreign Minister Anne Roy went to Beirut. Lebanon's health ministry said two people died. Roy"
                + " travels on to Israel on Friday. Her ministry said the visit would focus on peace.",
            "Health Ministry (Lebanon) | Lebanon's health ministry | INDIRECT | SAY | two people died",
            "Foreign Ministry (France) | Her ministry | INDIRECT | SAY | the visit would focus on peace"),
        text("'her ministry' after a woman who holds none is the ministry of the last woman who does",
            "French Foreign Minister Anne Roy went to Beirut. Lebanon's health ministry said two people died. A"
                + " UN spokeswoman, Giulia Moretti, told AFP that peacekeepers had seen 300 violations. Roy travels"
                + " on to Israel on Friday. Her ministry said the visit would focus on peace.",
            "Health Ministry (Lebanon) | Lebanon's health ministry | INDIRECT | SAY | two people died",
            "Giulia Moretti | Giulia Moretti | INDIRECT | SAY | peacekeepers had seen 300 violations",
            "Foreign Ministry (France) | Her ministry | INDIRECT | SAY | the visit would focus on peace"),
        text("a titled description in the lead is the person of that title who speaks, named, next",
            "Kerala has recorded two new cases, the state's health minister said on Tuesday. Speaking in"
                + " Thiruvananthapuram, Health Minister Leela Menon said both patients were relatives.",
            "Leela Menon | the state's health minister | INDIRECT | SAY | Kerala has recorded two new cases",
            "Leela Menon | Health Minister Leela Menon | INDIRECT | SAY | both patients were relatives"),
        text("a titled description owned by a state in the lead is the titled person quoted next",
            "CANBERRA (AP) — Australia's defense minister said Wednesday that Chinese warships had begun"
                + " exercises.\n\"This is not the standard we expect,\" Defense Minister Nathan Clarke told"
                + " ABC radio.",
            "Nathan Clarke | Australia's defense minister | INDIRECT | SAY | Chinese warships had begun exercises",
            "Nathan Clarke | Defense Minister Nathan Clarke | DIRECT | SAY | This is not the standard we expect,"),
        text("a titled description in the lead stays unnamed when the next speaker holds another title",
            "Kerala has recorded two new cases, the state's health minister said on Tuesday. Speaking in"
                + " Thiruvananthapuram, Finance Minister Ravi Nair said the budget was safe.",
            "the state's health minister | the state's health minister | INDIRECT | SAY"
                + " | Kerala has recorded two new cases",
            "Ravi Nair | Finance Minister Ravi Nair | INDIRECT | SAY | the budget was safe"),
        text("a vice-minister's title written with a hyphen, and 'for' its portfolio",
            "Senior Vice-Minister for Foreign Affairs Aiko Tanabe demanded that the ships leave. Vice-Minister Ken"
                + " Sato said the talks went on.",
            "Aiko Tanabe | Senior Vice-Minister for Foreign Affairs Aiko Tanabe | INDIRECT | DEMAND | the ships leave",
            "Ken Sato | Vice-Minister Ken Sato | INDIRECT | SAY | the talks went on"),
        text("a plural noun of speech after a cue's verb is its object, not a verb with the name as subject",
            "Falconer rejected claims that the union was holding passengers to ransom. The union, she insisted,"
                + " had given notice.",
            "Falconer | Falconer | INDIRECT | REJECT | the union was holding passengers to ransom",
            "Falconer | she | INDIRECT | INSIST | The union",
            "Falconer | she | INDIRECT | INSIST | had given notice"),
        text("a name set off after a description and its complement of names is the description's person",
            "\"It is a system,\" said Amnesty's deputy regional director for the Middle East and North Africa,"
                + " Nadia Benchekroun, in Tunis. \"We are ready,\" said the special envoy for Sudan, Tom Perriello.",
            "Nadia Benchekroun | Amnesty's deputy regional director | DIRECT | SAY | It is a system,",
            "Tom Perriello | the special envoy | DIRECT | SAY | We are ready,"),
        text("a description set off after a name keeps the place after its complement a place",
            "Charles Plotena, the mayor of Esperanza, Sultan Kudarat, announced classes would be cancelled.",
            "Charles Plotena | Charles Plotena | INDIRECT | ANNOUNCE | classes would be cancelled"),
        text("a name ending in 'Club' is an organisation's, which 'she' is not",
            "Pemba Sherpa reached the summit of K2, according to the Alpine Club of Pakistan. She told Wikinews the"
                + " climb took nineteen hours.",
            "Alpine Club | Alpine Club of Pakistan | INDIRECT | SAY | Pemba Sherpa reached the summit of K2",
            "Pemba Sherpa | She | INDIRECT | SAY | the climb took nineteen hours"),
        text("a state after 'of' ends a body's name no list knows, before its titled person",
            "Football Association of Ireland spokesperson Devendra Thapa said the match was off. \"We are ready,\""
                + " said Civil Aviation Authority of Nepal spokesperson Mira Rai.",
            "Devendra Thapa | spokesperson Devendra Thapa | INDIRECT | SAY | the match was off",
            "Mira Rai | spokesperson Mira Rai | DIRECT | SAY | We are ready,"),
        text("a body a list knows, owned by a noun ('the island's'), is that body, not a description of another",
            "China's Taiwan Affairs Office criticised the bill. The island's Mainland Affairs Council defended the"
                + " amendments. The city's water department said the pipes were old.",
            "Taiwan Affairs Office | China's Taiwan Affairs Office | REPORTED_ACT | CRITICIZE | the bill",
            "Mainland Affairs Council | Mainland Affairs Council | REPORTED_ACT | INSIST | the amendments",
            "the city's water department | The city's water department | INDIRECT | SAY | the pipes were old"),
        text("a body's noun after 'of' in another name ('of the State Council') is no noun a description takes",
            "The Mainland Affairs Council said it would review the rules. Taiwan Affairs Office spokeswoman Yang"
                + " Lihua criticised them. According to the council, 11 officials have applied.",
            "Mainland Affairs Council | The Mainland Affairs Council | INDIRECT | SAY | it would review the rules",
            "Yang Lihua | Taiwan Affairs Office spokeswoman Yang Lihua | REPORTED_ACT | CRITICIZE | them",
            "Mainland Affairs Council | the council | INDIRECT | SAY | 11 officials have applied"),
        text("a title's portfolios joined by 'and' before the name",
            "Senior Minister of State for Trade and Industry Farah Rahman replied that a task force was studying"
                + " support. Minister of Defence Ben Wallace and Foreign Secretary Liz Truss said the talks failed.",
            "Farah Rahman | Senior Minister of State for Trade and Industry Farah Rahman | INDIRECT | RESPOND"
                + " | a task force was studying support",
            "Ben Wallace | Minister of Defence Ben Wallace | INDIRECT | SAY | the talks failed",
            "Liz Truss | Foreign Secretary Liz Truss | INDIRECT | SAY | the talks failed"),
        text("a name in native script after a speaker after the cue",
            "Taiwan's move disrupts trade across the Strait, said Chinese Ministry of Commerce spokesman Wang"
                + " Zhengyu (王正宇) on Monday, urging the Taiwan authorities to stop.",
            "Wang Zhengyu | Chinese Ministry of Commerce spokesman Wang Zhengyu | INDIRECT | SAY"
                + " | Taiwan's move disrupts trade across the Strait",
            "Wang Zhengyu | Chinese Ministry of Commerce spokesman Wang Zhengyu | INDIRECT | URGE | to stop"),
        text("'raised' concern is a light verb's act, and what is 'sought' is asked for",
            "Singapore raised its concerns with officials in Washington. Canberra sought an explanation from"
                + " Beijing. The central bank raised interest rates. The move raised questions about the deal. Reuters"
                + " sought comment from the ministry.",
            "Singapore | Singapore | REPORTED_ACT | EXPRESS_CONCERN | its concerns with officials in Washington",
            "Australia | Canberra | REPORTED_ACT | ASK | an explanation from Beijing"),
        text("capitalised words no list knows before a lower-case title are the title's, not an actor",
            "CNN quoted Kidapawan mayor Roberto Sema as saying \"every house has cracks.\" Acme Corp spokesman Tom"
                + " Reed said the plant would close.",
            "CNN | CNN | REPORTED_ACT | REPORT | Kidapawan mayor Roberto Sema as saying \"every house has cracks.\"",
            "Roberto Sema | Kidapawan mayor Roberto Sema | DIRECT | SAY | every house has cracks.",
            "Tom Reed | spokesman Tom Reed | INDIRECT | SAY | the plant would close"),
        text("a generic body is known by the noun written, not by other states' names of its kind",
            "Rwanda's foreign ministry rejected the report. The office said 2 million people need food. Britain's"
                + " Foreign Office rejected it too. The office said it was ready.",
            "Foreign Ministry (Rwanda) | Rwanda's foreign ministry | REPORTED_ACT | REJECT | the report",
            "the office | The office | INDIRECT | SAY | 2 million people need food",
            "Foreign Ministry (United Kingdom) | Britain's Foreign Office | REPORTED_ACT | REJECT | it too",
            "Foreign Ministry (United Kingdom) | The office | INDIRECT | SAY | it was ready"),
        text("review: a titled lead is no official of another state, nor of a longer title",
            "Japan's foreign minister said on Tuesday Tokyo would protest. South Korean Foreign Minister Cho Tae-yul"
                + " said Seoul shared the concern.",
            "Japan's foreign minister | Japan's foreign minister | INDIRECT | SAY | Tokyo would protest",
            "Cho Tae-yul | South Korean Foreign Minister Cho Tae-yul | INDIRECT | SAY | Seoul shared the concern"),
        text("review: a deputy's title is another post than the lead's",
            "The state's health minister said cases rose. Deputy Health Minister Anil Kumar said the hospitals"
                + " were ready.",
            "the state's health minister | The state's health minister | INDIRECT | SAY | cases rose",
            "Anil Kumar | Deputy Health Minister Anil Kumar | INDIRECT | SAY | the hospitals were ready"),
        text("review: what is sought asks someone only 'from' them",
            "Scientists have long sought an explanation for the phenomenon. Canberra sought an explanation from"
                + " Beijing.",
            "Australia | Canberra | REPORTED_ACT | ASK | an explanation from Beijing"),
        text("a verb of judgement speaks of an act of state, which a verb of declaring performs",
            "The minister condemned the war. The institute blamed the disaster on substandard materials. The"
                + " president praised the nomination of Smith. The governor declared a state of emergency. The"
                + " Senate confirmed the nomination.",
            "the minister | The minister | REPORTED_ACT | DENOUNCE | the war",
            "the institute | The institute | REPORTED_ACT | ACCUSE | the disaster on substandard materials",
            "the president | The president | REPORTED_ACT | PRAISE | the nomination of Smith"),
        text("a sentence adverb between a subject and its cue is no part of the speaker",
            "The Health Ministry said cases were rising. The ministry nevertheless announced that schools would stay"
                + " open. Police likewise said the roads were safe. The EU meanwhile warned of sanctions.",
            "Health Ministry | The Health Ministry | INDIRECT | SAY | cases were rising",
            "Health Ministry | The ministry | INDIRECT | ANNOUNCE | schools would stay open",
            "Police | Police | INDIRECT | SAY | the roads were safe",
            "European Union | The EU | REPORTED_ACT | WARN | sanctions"),
        text("words or figures disputed are a reported act, a territory or an election is not",
            "The airline disputed the figure of 6,000 flights. The company contested the findings of the inquiry."
                + " Ghani contested the election. They disputed the territory for decades. The union disputed the claim"
                + " that wages had risen.",
            "the airline | The airline | REPORTED_ACT | REJECT | the figure of 6,000 flights",
            "the company | The company | REPORTED_ACT | REJECT | the findings of the inquiry",
            "the union | The union | INDIRECT | REJECT | wages had risen"),
        text("a state's military as news names it is that state's armed forces",
            "The Israeli military said it had struck a depot. Israel's army said the strike was lawful. US military"
                + " officials said they saw no threat.",
            "Israel Defense Forces | The Israeli military | INDIRECT | SAY | it had struck a depot",
            "Israel Defense Forces | Israel's army | INDIRECT | SAY | the strike was lawful",
            "US military officials | US military officials | INDIRECT | SAY | they saw no threat"),
        text("the government of a place that is no state is a body of its own",
            "Nepalese climber Pemba Lhamu reached the summit. The government of Gilgit-Baltistan congratulated the"
                + " team. The government of Punjab province said schools would close. The government said it would"
                + " help.",
            "Government of Gilgit-Baltistan | The government of Gilgit-Baltistan | REPORTED_ACT | PRAISE | the team",
            "Government of Punjab province | The government of Punjab province | INDIRECT | SAY | schools would close",
            "Nepal | The government | INDIRECT | SAY | it would help"),
        text("'Per' before a name the lists know is 'according to', before a given name a man",
            "Per Reuters, the talks failed. Per Stenberg said the talks would resume.",
            "Reuters | Reuters | INDIRECT | SAY | the talks failed",
            "Per Stenberg | Per Stenberg | INDIRECT | SAY | the talks would resume"),
        text("the 'that' of a purpose after an addressee and adjuncts opens no clause said",
            "The mayor urged residents to keep away from the site so that rescuers could work.",
            "the mayor | The mayor | INDIRECT | URGE | to keep away from the site so that rescuers could work"),
        text("a name goes on after 'and' with portfolio words, and a word after 'the' begins the name after 'and'",
            "The Federal Ministry of Health and Social Welfare described the strike as unnecessary. The Medical and"
                + " Dental Consultants' Association of Nigeria asked its members to keep working. The Nigeria Labour"
                + " Congress expressed solidarity with the doctors.",
            "Federal Ministry of Health and Social Welfare | Federal Ministry of Health and Social Welfare"
                + " | INDIRECT | SAY | the strike as unnecessary",
            "Medical and Dental Consultants' Association | The Medical and Dental Consultants' Association of Nigeria"
                + " | INDIRECT | ASK | to keep working",
            "Nigeria Labour Congress | The Nigeria Labour Congress | REPORTED_ACT | SAY | solidarity with the doctors"),
        text("a claimed thing is an object, a claimed clause stays a clause; asides before an auxiliary keep it",
            "Zupancic claimed victory shortly after midnight. Protesters claimed Iran, especially, amongst other"
                + " outside parties, is influencing the government. Police claimed the protesters threw stones first.",
            "Zupancic | Zupancic | REPORTED_ACT | CLAIM | victory",
            "protesters | Protesters | INDIRECT | CLAIM | Iran, especially, amongst other outside parties, is"
                + " influencing the government",
            "Police | Police | INDIRECT | CLAIM | the protesters threw stones first"),
        text("'the company' and a participle's phrase set off after a name make it a company's, which 'it' stands for",
            "Carbones del Caribe, the company holding the licence, said in a statement that it respects the"
                + " decision. It warned, however, that the delay put jobs at risk.",
            "Carbones del Caribe | Carbones del Caribe | INDIRECT | SAY | it respects the decision",
            "Carbones del Caribe | It | INDIRECT | WARN | the delay put jobs at risk"),
        text("a court's opinion or a paper's article written is a work, not words said",
            "Magistrate Lucia Vargas, who wrote the majority opinion, told reporters that the ruling did not"
                + " prohibit mining. The judge wrote the majority opinion.",
            "Lucia Vargas | Magistrate Lucia Vargas | INDIRECT | SAY | the ruling did not prohibit mining"),
        text("an indefinite description is someone new; a pharmacy's description before a name makes a business",
            "The airline said flights resumed. A rival airline said bookings fell. The British online pharmacy Medora"
                + " Direct said data had been stolen. The company said it would not pay.",
            "the airline | The airline | INDIRECT | SAY | flights resumed",
            "a rival airline | A rival airline | INDIRECT | SAY | bookings fell",
            "Medora Direct | Medora Direct | INDIRECT | SAY | data had been stolen",
            "Medora Direct | The company | INDIRECT | SAY | it would not pay"),
        text("a name taken by calling oneself is no speech",
            "A criminal group calling itself NightHarbor claimed responsibility for the attack, the news site The"
                + " Register reported.",
            "Register | The Register | INDIRECT | REPORT | A criminal group calling itself NightHarbor claimed"
                + " responsibility for the attack",
            "NightHarbor | NightHarbor | REPORTED_ACT | CLAIM | responsibility for the attack"),
        text("a medium's description before its name ends an object before a trailing cue",
            "The group condemned the attack, the news agency Reuters reported. The army urged residents to stay"
                + " home, state news agency Xinhua reported.",
            "Reuters | Reuters | INDIRECT | REPORT | The group condemned the attack",
            "the group | The group | REPORTED_ACT | DENOUNCE | the attack",
            "Xinhua News Agency | Xinhua | INDIRECT | REPORT | The army urged residents to stay home",
            "Army | The army | INDIRECT | URGE | to stay home"),
        text("space agencies are known by their abbreviations",
            "CNES said the launch was a success. ISRO said it would try again.",
            "National Centre for Space Studies | CNES | INDIRECT | SAY | the launch was a success",
            "Indian Space Research Organisation | ISRO | INDIRECT | SAY | it would try again"),
        text("'on behalf of' ends an object; the Pan American Health Organization keeps its first word",
            "The prime minister congratulated the couple on behalf of the government. The Pan American Health"
                + " Organization said cases rose.",
            "the prime minister | The prime minister | REPORTED_ACT | PRAISE | the couple",
            "Pan American Health Organization | The Pan American Health Organization | INDIRECT | SAY | cases rose"),
        text("an organisation's section by a state and a region; a quoted warning's content starts at the quotation",
            "Greenpeace Australia Pacific accused Canberra of hypocrisy. He warned of \"a slow-motion evacuation\" of"
                + " the atolls.",
            "Greenpeace Australia Pacific | Greenpeace Australia Pacific | REPORTED_ACT | ACCUSE | Canberra of"
                + " hypocrisy",
            "- | He | REPORTED_ACT | WARN | \"a slow-motion evacuation\" of the atolls"),
        text("people told of by whom they belong to keep what follows 'of'",
            "A survivor of the attack said the gunman was calm. Supporters of the president said the vote was fair."
                + " Residents of Kyiv said the night was quiet. The mayor advised residents of her city to stay home.",
            "a survivor of the attack | A survivor of the attack | INDIRECT | SAY | the gunman was calm",
            "supporters of the president | Supporters of the president | INDIRECT | SAY | the vote was fair",
            "residents of Kyiv | Residents of Kyiv | INDIRECT | SAY | the night was quiet",
            "the mayor | The mayor | INDIRECT | URGE | to stay home"),
        text("solidarity keeps with whom; a noun of speech's 'that' clause keeps its verbs",
            "The union expressed solidarity with the doctors. The envoy expressed concern about reports that armed"
                + " groups were preventing aid convoys from reaching the city.",
            "the union | The union | REPORTED_ACT | SAY | solidarity with the doctors",
            "the envoy | The envoy | REPORTED_ACT | EXPRESS_CONCERN | concern about reports that armed groups were"
                + " preventing aid convoys from reaching the city"),
        text("a man's West African given name is no antecedent of 'she'",
            "The artist Awa Faye has died. The curator Oumar Traore praised her work. Born in 1941, Faye studied"
                + " painting in Dakar. In a 2009 interview, she said her mother had taught her to weave.",
            "Oumar Traore | Oumar Traore | REPORTED_ACT | PRAISE | her work",
            "Awa Faye | she | INDIRECT | SAY | her mother had taught her to weave"),
        text("a summing-up aside after a quotation's inner comma; a relative 'that' before a past form; WWF's section",
            "The minister promised compensation for every household that lost its home. The mayor told reporters that"
                + " the village had been left \u201Cto defend itself,\u201D a claim the fire service rejected. The"
                + " environmental group WWF Greece called for a rethink of forest management.",
            "the minister | The minister | REPORTED_ACT | PROMISE | compensation for every household that lost its"
                + " home",
            "the mayor | The mayor | MIXED | SAY | the village had been left \u201Cto defend itself,\u201D",
            "the fire service | the fire service | MIXED | REJECT | the village had been left \u201Cto defend"
                + " itself,\u201D",
            "WWF Greece | WWF Greece | REPORTED_ACT | DEMAND | a rethink of forest management"),
        text("a capitalised title goes on through its portfolios to a name with a known given name",
            "Minister for Climate Crisis and Civil Protection Nikos Andrianakis said the fire was out. Minister of"
                + " Environment, Urbanisation and Climate Change Selim Aydinoglu said the homes were ready.",
            "Nikos Andrianakis | Minister for Climate Crisis and Civil Protection Nikos Andrianakis | INDIRECT | SAY"
                + " | the fire was out",
            "Selim Aydinoglu | Minister of Environment, Urbanisation and Climate Change Selim Aydinoglu | INDIRECT"
                + " | SAY | the homes were ready"),
        text("a participle after an adverb of degree is an adjective, no cue",
            "The government was ready to discuss measures for workers in physically demanding jobs."),
        text("each agent of a passive joined by 'and by'",
            "The ruling was welcomed by the Helsinki Foundation for Human Rights and by Reporters Without Borders.",
            "Helsinki Foundation for Human Rights | Helsinki Foundation for Human Rights | REPORTED_ACT | WELCOME"
                + " | The ruling",
            "Reporters Without Borders | Reporters Without Borders | REPORTED_ACT | WELCOME | The ruling"),
        text("a state's body whose name opens with a shared word is not known in lower case",
            "Rain fell on Friday night, according to the national weather service. The state department said talks"
                + " failed.",
            "the national weather service | the national weather service | INDIRECT | SAY | Rain fell on Friday"
                + " night",
            "State Department | The state department | INDIRECT | SAY | talks failed"),
        text("a capital's name after a given name and another name is a surname",
            "\u201CThere is a real risk of rupture,\u201D spokesman Lieutenant Colonel Marcos Tavares Lima told TV"
                + " Globo. Officials in Lima said the vote was fair.",
            "Marcos Tavares Lima | spokesman Lieutenant Colonel Marcos Tavares Lima | DIRECT | SAY | There is a real"
                + " risk of rupture,",
            "officials in Lima | Officials in Lima | INDIRECT | SAY | the vote was fair"),
        text("an act of state's word before a noun it describes does not keep the act from speaking",
            "The Royal Cabinet announced an emergency fund for reconstruction. The governor declared a state of"
                + " emergency.",
            "Royal Cabinet | The Royal Cabinet | REPORTED_ACT | ANNOUNCE | an emergency fund for reconstruction"),
        text("voters' rejection of a proposal is a vote, no statement",
            "On Friday, voters in Ireland narrowly rejected a proposal to let citizens abroad vote. Voters said they"
                + " were worried about the cost.",
            "voters | Voters | INDIRECT | SAY | they were worried about the cost"),
        text("what a warning is about comes after whom it was given to",
            "Staff had warned management about outdated servers. The agency warned residents of the danger of"
                + " landslides.",
            "staff | Staff | REPORTED_ACT | WARN | outdated servers",
            "the agency | The agency | REPORTED_ACT | WARN | the danger of landslides"),
        text("review: a leader's government, a place with its region's noun, an honorific before a place's name",
            "The government of Maduro said the election was fair. The government of Lagos State said the market"
                + " would close. Mr Kano said the factory would reopen.",
            "the government | The government | INDIRECT | SAY | the election was fair",
            "Government of Lagos State | The government of Lagos State | INDIRECT | SAY | the market would close",
            "Kano | Mr Kano | INDIRECT | SAY | the factory would reopen"),
        text("review: two speakers joined by 'and'; 'on behalf of' after a gerund; a verb after its auxiliary",
            "The Maasai and Tanzania Wildlife Authority said the evictions were voluntary. Prosecutors accused him of"
                + " spying on behalf of China. Parents are increasingly demanding answers from the board.",
            "Maasai | The Maasai | INDIRECT | SAY | the evictions were voluntary",
            "Tanzania Wildlife Authority | Tanzania Wildlife Authority | INDIRECT | SAY | the evictions were voluntary",
            "prosecutors | Prosecutors | REPORTED_ACT | ACCUSE | him of spying on behalf of China",
            "parents | Parents | REPORTED_ACT | DEMAND | answers from the board"),
        text("review: the name one calls oneself is part of one's mention, unless it is a name",
            "A man calling himself a prophet said the world would end on Friday.",
            "a man calling himself a prophet | A man calling himself a prophet | INDIRECT | SAY | the world would end"
                + " on Friday"),
        text("review: an unknown medium after a medium's noun ends an object; portfolios of cooperation go on",
            "The group condemned the attack, state news agency SANA reported. The Ministry of Foreign Affairs and"
                + " International Cooperation said the talks failed.",
            "SANA | SANA | INDIRECT | REPORT | The group condemned the attack",
            "the group | The group | REPORTED_ACT | DENOUNCE | the attack",
            "Foreign Ministry | The Ministry of Foreign Affairs and International Cooperation | INDIRECT | SAY"
                + " | the talks failed"),
        text("a quotation that ends a paragraph is not the next paragraph's speaker's",
            "\"We will respond calmly,\" Ito told reporters. \"Peace in the strait matters to everyone.\"\n"
                + "China's foreign ministry spokesman Wang Lin hit back, saying Japan had no right to comment.",
            "Ito | Ito | DIRECT | SAY | We will respond calmly,",
            "Ito | - | DIRECT | SAY | Peace in the strait matters to everyone.",
            "Wang Lin | China's foreign ministry spokesman Wang Lin | INDIRECT | SAY | Japan had no right to comment"),
        text("an accusation's gerund keeps its adjuncts",
            "Representative Ana Ruiz accused the speaker of putting politics ahead of the country.",
            "Ana Ruiz | Representative Ana Ruiz | REPORTED_ACT | ACCUSE | the speaker of putting politics ahead of"
                + " the country"),
        text("a statement ends where its relative clause does, or at a time after a comma",
            "The minister, who said the deal was fair, resigned on Monday. Premier Ana Ruiz vowed to defend"
                + " the island's democracy, a day after the drills began.",
            "the minister | The minister | INDIRECT | SAY | the deal was fair",
            "Ana Ruiz | Premier Ana Ruiz | REPORTED_ACT | PROMISE | to defend the island's democracy"),
        text("a quotation over paragraphs is a statement a paragraph",
            "\u201cWe act with our allies,\u201d Chancellor Ana Ruiz told parliament. \u201cIt is the right"
                + " decision.\n\u201cWe will not let this war escalate,\u201d she added.\nThe minister said:"
                + " \u201cWe are ready.\n\u201cWe will act.\u201d",
            "Ana Ruiz | Chancellor Ana Ruiz | DIRECT | SAY | We act with our allies,",
            "Ana Ruiz | - | DIRECT | SAY | It is the right decision.",
            "Ana Ruiz | she | DIRECT | SAY | We will not let this war escalate,",
            "the minister | The minister | DIRECT | SAY | We are ready.",
            "the minister | - | DIRECT | SAY | We will act."),
        text("according to a statement posted somewhere, after the content",
            "The envoy called the decision \"extremely dangerous\", according to a statement posted on the"
                + " embassy's channel.",
            "a statement | a statement | MIXED | SAY | The envoy called the decision \"extremely dangerous\"",
            "the envoy | The envoy | MIXED | SAY | the decision \"extremely dangerous\""),
        text("a participle after a statement without a speaker takes the subject",
            "The minister was criticised after saying the war was over.",
            "the minister | The minister | INDIRECT | SAY | the war was over"),
        text("a verb after a passive participle and and is active",
            "The man was arrested and said he was innocent. She was also tested and questioned for hours.",
            "the man | The man | INDIRECT | SAY | he was innocent"),
        text("passives of deeds are no statements",
            "The building was condemned after the earthquake. He was condemned to death. The delegation was"
                + " welcomed at the airport. He was charged with murder. The fire was reported to police at 3 am."
                + " Police said the man was accused of theft.",
            "police | Police | INDIRECT | SAY | the man was accused of theft"),
        text("as that names nothing, and calls counted",
            "Scientists identified a new species as part of the survey. Police identified two suspects as well as"
                + " a car. He called the hotline a dozen times. They called the fire brigade a little after midnight.",
            new String[0]),
        text("signs without carriers, a quotation after a participle, and an aside between dashes",
            "Road signs reading \"Danger\" were removed. Demonstrators held banners reading \"Free Tibet\" outside"
                + " the embassy. Protesters, carrying placards asking the government to revoke the law — a move to"
                + " cancel it — and flags, marched to Parliament.",
            "demonstrators | Demonstrators | DIRECT | SAY | Free Tibet",
            "protesters | Protesters | INDIRECT | ASK | to revoke the law"),
        text("a transfer to someone is no addressee, and calls for are demands",
            "The opposition welcomed the transfer of power to Felix Tshisekedi. Police responded to calls for a"
                + " tougher response.",
            "the opposition | The opposition | REPORTED_ACT | WELCOME | the transfer of power to Felix Tshisekedi",
            "Police | Police | REPORTED_ACT | RESPOND | to calls for a tougher response"),
        text("admitting to someone that",
            "Ana Ruiz admitted to investigators that she took the money.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | ACKNOWLEDGE | she took the money"),
        text("a time that is the subject of what was said",
            "Ana Ruiz said Tuesday night was the worst of her life.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | Tuesday night was the worst of her life"),
        text("confirming a person's fate is speech, confirming a nominee is not",
            "The ministry confirmed him dead on Monday. The Senate confirmed Omar Said as attorney general.",
            "the ministry | The ministry | REPORTED_ACT | CONFIRM | him dead"),
        text("the foreign minister of another state described before",
            "Foreign Secretary Ana Ruiz spoke with Iran's foreign minister. The foreign minister said the tanker"
                + " would be released.",
            "the foreign minister | The foreign minister | INDIRECT | SAY | the tanker would be released"),
        text("they for the body that just spoke only in its sentence",
            "Protesters clashed with police. The ministry said 20 were arrested. They said they would return.",
            "the ministry | The ministry | INDIRECT | SAY | 20 were arrested",
            "police | They | INDIRECT | SAY | they would return"),
        text("a state's body or government by the possessive",
            "North Korea fired two missiles, South Korea's military said. Israel's military said it struck"
                + " targets. China's government said it opposed the visit.",
            "South Korea's military | South Korea's military | INDIRECT | SAY | North Korea fired two missiles",
            "Israel Defense Forces | Israel's military | INDIRECT | SAY | it struck targets",
            "China | China's government | INDIRECT | SAY | it opposed the visit"),
        text("the country or the nation as a speaker or an owner is the state named last",
            "Floods hit Nepal and India on Monday. Flights resumed, the country's foreign ministry said. The"
                + " country's army said ten people died. The nation said it needed help.",
            "Foreign Ministry (India) | the country's foreign ministry | INDIRECT | SAY | Flights resumed",
            "Army (India) | The country's army | INDIRECT | SAY | ten people died",
            "India | The nation | INDIRECT | SAY | it needed help"),
        text("a sector's word before a state's or place's name makes a body or a federation of it",
            "Health Canada said the drug was safe. Officers were called, Police Scotland said. Athletics Kenya"
                + " said the race would go ahead. Police said two men were held.",
            "Health Canada | Health Canada | INDIRECT | SAY | the drug was safe",
            "Police Scotland | Police Scotland | INDIRECT | SAY | Officers were called",
            "Athletics Kenya | Athletics Kenya | INDIRECT | SAY | the race would go ahead",
            "Police | Police | INDIRECT | SAY | two men were held"),
        text("a city after a college's name ends the name",
            "Imperial College London said the study was peer-reviewed.",
            "Imperial College London | Imperial College London | INDIRECT | SAY | the study was peer-reviewed"),
        text("An within a sentence, after a name, is the name's last word",
            "Tran Van An, a farmer in Nghe An province, said the water had risen. \"We lost everything,\" said"
                + " Pham Van An. An official said the dam held. Le Thi An said the school was closed.",
            "Tran Van An | Tran Van An | INDIRECT | SAY | the water had risen",
            "Pham Van An | Pham Van An | DIRECT | SAY | We lost everything,",
            "an official | An official | INDIRECT | SAY | the dam held",
            "Le Thi An | Le Thi An | INDIRECT | SAY | the school was closed"),
        text("a passive forecast with any infinitive reports no speaker",
            "The storm was forecast to reach Florida on Wednesday. Its winds are only predicted to reach 75 mph."
                + " The bill is expected to pass.",
            "- | - | INDIRECT | PREDICT | to reach Florida on Wednesday",
            "- | - | INDIRECT | PREDICT | to reach 75 mph"),
        text("a state's name before an organisation's begins its name, also as a trailing speaker",
            "After 300 millimetres of rain fell in 24 hours on Viti Levu, Fiji's largest island, rivers burst their"
                + " banks, the Fiji Meteorological Service said. Kenya Airways said flights resumed.",
            "Fiji Meteorological Service | Fiji Meteorological Service | INDIRECT | SAY | After 300 millimetres of"
                + " rain fell in 24 hours on Viti Levu, Fiji's largest island, rivers burst their banks",
            "Kenya Airways | Kenya Airways | INDIRECT | SAY | flights resumed"),
        text("the country's or nation's body or person no gazetteer knows",
            "Floods hit Vietnam. At least nine people were killed, according to the country's disaster management"
                + " authority. The country's top diplomat said aid was coming. Roads were cut, the nation's weather"
                + " service said.",
            "the country's disaster management authority | the country's disaster management authority | INDIRECT"
                + " | SAY | At least nine people were killed",
            "the country's top diplomat | The country's top diplomat | INDIRECT | SAY | aid was coming",
            "the nation's weather service | the nation's weather service | INDIRECT | SAY | Roads were cut"),
        text("a long description before a trailing speaker's name",
            "The volcano erupted on Sunday, the national disaster agency CONRED said.",
            "CONRED | CONRED | INDIRECT | SAY | The volcano erupted on Sunday"),
        text("a title's office is one body",
            "The Attorney General's Office said the case was closed. Police raided 27 homes, the Federal"
                + " Prosecutor's Office said. An officer was charged, the Office of the Director of Public"
                + " Prosecutions announced.",
            "Attorney General's Office | The Attorney General's Office | INDIRECT | SAY | the case was closed",
            "Federal Prosecutor's Office | the Federal Prosecutor's Office | INDIRECT | SAY | Police raided 27"
                + " homes",
            "Public Prosecutor's Office | the Office of the Director of Public Prosecutions | INDIRECT | ANNOUNCE"
                + " | An officer was charged"),
        text("a known organisation's name, then a state's: its section in that state",
            "Amnesty International Kenya welcomed the charge. Greenpeace Brazil said the fires were spreading."
                + " Amnesty International said Kenya must act.",
            "Amnesty International Kenya | Amnesty International Kenya | REPORTED_ACT | WELCOME | the charge",
            "Greenpeace Brazil | Greenpeace Brazil | INDIRECT | SAY | the fires were spreading",
            "Amnesty International | Amnesty International | INDIRECT | SAY | Kenya must act"),
        text("a title's word that begins an organisation's name",
            "Turnout was high, the General Election Commission announced. Turnout was 69 percent, according to"
                + " the commission. General Ana Ruiz said the army was ready.",
            "General Election Commission | General Election Commission | INDIRECT | ANNOUNCE | Turnout was high",
            "General Election Commission | the commission | INDIRECT | SAY | Turnout was 69 percent",
            "Ana Ruiz | General Ana Ruiz | INDIRECT | SAY | the army was ready"),
        text("the possessive of an irregular plural inside a name",
            "The Republican People's Party said it would appeal. Children's Hospital said two died.",
            "Republican People's Party | The Republican People's Party | INDIRECT | SAY | it would appeal",
            "Children's Hospital | Children's Hospital | INDIRECT | SAY | two died"),
        text("a letter or banner from someone says what they say",
            "Residents received a letter from the ministry saying the plant would close. Pompeo posted a message"
                + " on Twitter blaming Iran.",
            "the ministry | a letter | INDIRECT | SAY | the plant would close",
            "Pompeo | Pompeo | REPORTED_ACT | ACCUSE | Iran"),
        text("a forecast passive with a speaker named at the end is theirs alone",
            "Growth is forecast to slow to 2 percent next year, the IMF said. Though the storm was forecast to"
                + " weaken, gusts were forecast to reach 80 mph.",
            "International Monetary Fund | the IMF | INDIRECT | SAY | Growth is forecast to slow to 2 percent next"
                + " year",
            "- | - | INDIRECT | PREDICT | to weaken",
            "- | - | INDIRECT | PREDICT | to reach 80 mph"),
        text("a spokesperson for one unknown word speaks for an organisation",
            "A spokeswoman for Acme said the recall was voluntary.",
            "a spokeswoman for Acme | A spokeswoman for Acme | INDIRECT | SAY | the recall was voluntary"),
        text("objects that keep a cue verb speech",
            "Trump dismissed Biden as weak on crime. The president dismissed the minister's claims. The ministry"
                + " denied that access to the site had been restricted. The EU welcomed the new prime minister in a"
                + " statement.",
            "Trump | Trump | REPORTED_ACT | REJECT | Biden as weak on crime",
            "the president | The president | REPORTED_ACT | REJECT | the minister's claims",
            "the ministry | The ministry | INDIRECT | DENY | access to the site had been restricted",
            "European Union | The EU | REPORTED_ACT | WELCOME | the new prime minister"),
        text("after a trailing speaker set off by commas, a noun phrase or adjunct is not said",
            "North Korea fired a missile on Monday, South Korea's military said, the latest in a string of"
                + " launches. The rail would be examined, Roberts said, to determine if it had failed.",
            "South Korea's military | South Korea's military | INDIRECT | SAY | North Korea fired a missile on"
                + " Monday",
            "Roberts | Roberts | INDIRECT | SAY | The rail would be examined",
            "Roberts | Roberts | INDIRECT | SAY | to determine if it had failed"),
        text("a dateline's dash starts the sentence, and is not what was said",
            "YANGON (AFP) - The military government said on Monday that elections would be held.\n"
                + "DUBAI (Reuters) - Saudi Arabia and Qatar are close to a deal, according to three people familiar"
                + " with the matter.",
            "the military government | The military government | INDIRECT | SAY | elections would be held",
            "three people familiar with the matter | three people familiar with the matter | INDIRECT | SAY |"
                + " Saudi Arabia and Qatar are close to a deal"),
        text("a crowd counted before of is one group of people",
            "Thousands of Georgians rallied on Sunday, chanting \"Georgia is Europe\". Hundreds of residents said"
                + " they would stay.",
            "thousands of Georgians | Thousands of Georgians | DIRECT | SAY | Georgia is Europe",
            "hundreds of residents | Hundreds of residents | INDIRECT | SAY | they would stay"),
        text("a document seen by a medium speaks, not the medium; a measure before a document's noun",
            "A confidential IAEA report seen by Reuters said Iran had expanded its stockpile. A 10-point plan"
                + " released on Monday says taxes will rise.",
            "a confidential IAEA report | A confidential IAEA report | INDIRECT | SAY | Iran had expanded its"
                + " stockpile",
            "a 10-point plan | A 10-point plan | INDIRECT | SAY | taxes will rise"),
        text("objects that make a cue verb no speech",
            "The president welcomed Modi at the palace on Monday. The health minister dismissed the manager of the"
                + " hospital. Khan was denied visits. The film tells the story of a fisherman. Archaeologists"
                + " unveiled a restored statue. The ministry dismissed the claims as lies. Tom Hale told the court"
                + " the story was false.",
            "the ministry | The ministry | REPORTED_ACT | REJECT | the claims as lies",
            "Tom Hale | Tom Hale | INDIRECT | SAY | the story was false"),
        text("that as a determiner before a cue's object",
            "The court rejected that alibi. CNN reported that only 21 came close.",
            "the court | The court | REPORTED_ACT | REJECT | that alibi",
            "CNN | CNN | INDIRECT | REPORT | only 21 came close"),
        text("reservations expressed and alerts issued",
            "Belgium has expressed reservations about the plan. The World Health Organization issued a global"
                + " alert about the two syrups.",
            "Belgium | Belgium | REPORTED_ACT | EXPRESS_CONCERN | reservations about the plan",
            "World Health Organization | The World Health Organization | REPORTED_ACT | WARN | a global alert"
                + " about the two syrups"),
        text("a long adjunct with a name before that",
            "Xi warned in a phone call with French President Emmanuel Macron on Monday that tariffs would hurt"
                + " both sides.",
            "Xi | Xi | INDIRECT | WARN | tariffs would hurt both sides"),
        text("a demonym before the name set off after a description",
            "Her coach, Italian Renato Bellini, described the performance as \"a miracle\". He said she trained"
                + " hard.",
            "Renato Bellini | Her coach | MIXED | SAY | the performance as \"a miracle\"",
            "Renato Bellini | He | INDIRECT | SAY | she trained hard"),
        text("a gendered pronoun takes the nearer full name of that gender over a speaker of unknown gender",
            "\"The wind changes every hour,\" said Kalani Lo Bue. In the village, 80-year-old Rosalia Ferrante"
                + " watched from a car park. She said she was afraid.",
            "Kalani Lo Bue | Kalani Lo Bue | DIRECT | SAY | The wind changes every hour,",
            "Rosalia Ferrante | She | INDIRECT | SAY | she was afraid"),
        text("quoted as telling someone",
            "CCTV quoted Xi as telling Albanese that the two countries should cooperate. Xinhua quoted Wang Yi as"
                + " telling reporters that the talks went well.",
            "CCTV | CCTV | REPORTED_ACT | REPORT | Xi as telling Albanese that the two countries should cooperate",
            "Xi | Xi | INDIRECT | SAY | the two countries should cooperate",
            "Xinhua News Agency | Xinhua | REPORTED_ACT | REPORT | Wang Yi as telling reporters that the talks went well",
            "Wang Yi | Wang Yi | INDIRECT | SAY | the talks went well"),
        text("according to a medium with what it is after its name",
            "The minister resigned, according to the TASR news agency.",
            "TASR | the TASR | INDIRECT | SAY | The minister resigned"),
        text("a team of its members, and people from a mission",
            "An international team of palaeontologists announced the discovery of a jawbone. Observers from the"
                + " EU mission said the vote was fair.",
            "an international team of palaeontologists | An international team of palaeontologists | REPORTED_ACT"
                + " | ANNOUNCE | the discovery of a jawbone",
            "observers from the EU | Observers from the EU | INDIRECT | SAY | the vote was fair"),
        text("a party or union named with a legislature's word is not the legislature",
            "The African National Congress said it would win. The Trades Union Congress said wages fell. Speaker"
                + " Nancy Pelosi told Congress the bill would pass.",
            "African National Congress | The African National Congress | INDIRECT | SAY | it would win",
            "Trades Union Congress | Trades Union Congress | INDIRECT | SAY | wages fell",
            "Nancy Pelosi | Speaker Nancy Pelosi | INDIRECT | SAY | the bill would pass"),
        text("an anonymous source's tail goes on past a possessive",
            "A person familiar with the refinery's operations said output had fallen. Sources close to the"
                + " president's office said he was ill.",
            "a person familiar with the refinery's operations | A person familiar with the refinery's operations |"
                + " INDIRECT | SAY | output had fallen",
            "sources close to the president's office | Sources close to the president's office | INDIRECT | SAY |"
                + " he was ill"),
        text("Transport for a place is its transport authority",
            "Part of the rail network was shut down, Transport for NSW said. Transport for London said fares would"
                + " rise.",
            "Transport for NSW | Transport for NSW | INDIRECT | SAY | Part of the rail network was shut down",
            "Transport for London | Transport for London | INDIRECT | SAY | fares would rise"),
        text("an infinitive keeps its adjuncts",
            "President Ana Ruiz has vowed to press ahead with the offensive.",
            "Ana Ruiz | President Ana Ruiz | REPORTED_ACT | PROMISE | to press ahead with the offensive"),
        text("a cue and colon ending a paragraph, the quotation opening the next",
            "Foreign Minister Ana Ruiz addressed the assembly. She said:\n\"We will not accept this. The world is"
                + " watching.\"",
            "Ana Ruiz | She | DIRECT | SAY | We will not accept this. The world is watching."),
        text("people at a place speak, and an observatory is an organisation",
            "Doctors at a hospital in Aleppo said six children had died. The Syrian Observatory for Human Rights"
                + " said 20 people were killed.",
            "doctors | Doctors | INDIRECT | SAY | six children had died",
            "Syrian Observatory for Human Rights | Syrian Observatory for Human Rights | INDIRECT | SAY | 20 people"
                + " were killed"),
        text("speaking on or about a topic",
            "Lam also spoke on the economy. The envoy spoke on condition of anonymity. She spoke on the phone with"
                + " Macron. He spoke on Monday at the summit. Officials spoke on the sidelines of the summit.",
            "Lam | Lam | REPORTED_ACT | SAY | the economy"),
        text("a passive of naming with its agent after the name, and a preposition opening a sentence",
            "The seaman was identified as Omar Said by a Coast Guard spokesperson. Amongst the reported cases,"
                + " recently Cardinal Ana Ruiz was convicted.",
            "a Coast Guard spokesperson | a Coast Guard spokesperson | REPORTED_ACT | SAY | The seaman"),
        text("a document named by its issuer speaks for the issuer",
            "A White House statement said the talks would resume. The Mexican government report said eight"
                + " people died. A 2015 federal court decision said the law applies. A police statement said a man"
                + " was arrested.",
            "White House | A White House statement | INDIRECT | SAY | the talks would resume",
            "Mexico | The Mexican government report | INDIRECT | SAY | eight people died",
            "a federal court | A 2015 federal court decision | INDIRECT | SAY | the law applies",
            "police | A police statement | INDIRECT | SAY | a man was arrested"),
        text("a document warns of something; a body's name word stands for it; those told are past where they are",
            "The Philippine Institute of Volcanology and Seismology said the quake was shallow. The institute's"
                + " first advisory warned of \"destructive tsunami waves\" and told residents of coastal areas to move"
                + " to higher ground. The report warned of rising seas.",
            "Philippine Institute of Volcanology and Seismology | The Philippine Institute of Volcanology and"
                + " Seismology | INDIRECT | SAY | the quake was shallow",
            "Philippine Institute of Volcanology and Seismology | The institute's first advisory | REPORTED_ACT | WARN"
                + " | \"destructive tsunami waves\"",
            "Philippine Institute of Volcanology and Seismology | The institute's first advisory | INDIRECT | SAY"
                + " | to move to higher ground",
            "the report | The report | REPORTED_ACT | WARN | rising seas"),
        text("a state's document after modifiers is the state's; three modifiers may come before a document's noun",
            "Japan's annual defense white paper, approved by the Cabinet on Tuesday, described China's military"
                + " activities as \"the greatest strategic challenge\". The annual defense white paper said talks"
                + " would help.",
            "Japan | Japan's annual defense white paper | MIXED | SAY | China's military activities as \"the greatest"
                + " strategic challenge\"",
            "Japan | The annual defense white paper | INDIRECT | SAY | talks would help"),
        text("a family's statement is the family's named before",
            "Kofi Mensah died on Monday, the musician's family announced. A family statement said he had died"
                + " peacefully.",
            "the musician's family | the musician's family | INDIRECT | ANNOUNCE | Kofi Mensah died on Monday",
            "the musician's family | A family statement | INDIRECT | SAY | he had died peacefully"),
        text("a plain 'report' after a plural source is a verb with a clause, also one in the past tense",
            "Scientists report new species were found. Officials report ancient Egyptians captured ibises. The"
                + " ministry announced new measures aimed at cutting costs. The weather report card improved.",
            "scientists | Scientists | INDIRECT | REPORT | new species were found",
            "officials | Officials | INDIRECT | REPORT | ancient Egyptians captured ibises",
            "the ministry | The ministry | REPORTED_ACT | ANNOUNCE | new measures aimed at cutting costs"),
        text("reasoning and hypothesising are claims and predictions; 'reason' the noun is none",
            "If the birds had been farmed, the researchers reasoned, the specimens would differ. The authors had"
                + " hypothesized the lava would feed microbes. The reason for the delay was unclear.",
            "the researchers | the researchers | INDIRECT | CLAIM | If the birds had been farmed",
            "the researchers | the researchers | INDIRECT | CLAIM | the specimens would differ",
            "the researchers | The authors | INDIRECT | PREDICT | the lava would feed microbes"),
        text("a passive said in a clause acts on its own subject; its agent speaks inside what a pronoun said",
            "He said he was praised by the coach. Officials said the plan, which was criticised by unions, would go"
                + " ahead. Cheung said he had been told by CSIS that his mother had been questioned by police.",
            "- | He | INDIRECT | SAY | he was praised by the coach",
            "the coach | the coach | REPORTED_ACT | PRAISE | he",
            "officials | Officials | INDIRECT | SAY | the plan, which was criticised by unions, would go ahead",
            "unions | unions | REPORTED_ACT | CRITICIZE | the plan",
            "Cheung | Cheung | INDIRECT | SAY | he had been told by CSIS that his mother had been questioned by police",
            "CSIS | CSIS | INDIRECT | SAY | his mother had been questioned by police"),
        text("mends of a review: media, the people of something, rulings, play, going and comments",
            "The senator criticized the note the agency sent to Congress. Followers of the influencer said the post was"
                + " a joke. A driver for the company said he had not been paid. The company welcomed the ruling that"
                + " the patent was invalid. Chelsea pushed for an equaliser in the closing minutes. Biden urged"
                + " Congress to pass the aid bill before departing for Europe. The coach blamed the referee, comments"
                + " which were later withdrawn.",
            "the senator | The senator | REPORTED_ACT | CRITICIZE | the note the agency sent to Congress",
            "followers of the influencer | Followers of the influencer | INDIRECT | SAY | the post was a joke",
            "a driver for the company | A driver for the company | INDIRECT | SAY | he had not been paid",
            "the company | The company | REPORTED_ACT | WELCOME | the ruling that the patent was invalid",
            "Biden | Biden | INDIRECT | URGE | to pass the aid bill",
            "the coach | The coach | REPORTED_ACT | ACCUSE | the referee"),
        text("a name and a place whose initials the abbreviation spells are one name; a UN force is the mission",
            "The United Nations Verification Mission in Colombia (UNVMC) said troops had fired. No one was hurt, the"
                + " mission said. According to UNVMC, it was the fourth incident.",
            "United Nations Verification Mission in Colombia | United Nations Verification Mission in Colombia"
                + " | INDIRECT | SAY | troops had fired",
            "United Nations Verification Mission in Colombia | the mission | INDIRECT | SAY | No one was hurt",
            "United Nations Verification Mission in Colombia | UNVMC | INDIRECT | SAY | it was the fourth incident"),
        text("a quotation that ends a clause with partial quotations earlier in it gives the whole clause",
            "Zhao said the position was \"objective and impartial\" and that China had \"never provided weapons,\""
                + " Xinhua reported.",
            "Xinhua News Agency | Xinhua | MIXED | REPORT | Zhao said the position was \"objective and impartial\" and"
                + " that China had \"never provided weapons,\"",
            "Zhao | Zhao | MIXED | SAY | the position was \"objective and impartial\" and that China had \"never"
                + " provided weapons,\""),
        text("a union's number after No. and a document's year are part of their names",
            "The Pampa Blanca Workers' Union No. 1 said its members had voted to strike. The state's Heat Action Plan"
                + " 2025, published in March, says employers must provide shade.",
            "Pampa Blanca Workers' Union No. 1 | Pampa Blanca Workers' Union No. 1 | INDIRECT | SAY | its members"
                + " had voted to strike",
            "Heat Action Plan 2025 | Heat Action Plan 2025 | INDIRECT | SAY | employers must provide shade"),
        text("when an act urged is to be done is part of it",
            "She called on MPs to reopen consultations before tabling any new tax measure. He vowed to fight on"
                + " before walking out.",
            "- | She | INDIRECT | URGE | to reopen consultations before tabling any new tax measure",
            "- | He | REPORTED_ACT | PROMISE | to fight on"),
        text("an order given is a demand; an order placed or an order as a noun is not",
            "The state government ordered all schools closed for the week. Nancy Pelosi ordered the flags be lowered."
                + " The judge ordered the release of the journalist. The airline ordered 20 aircraft from Airbus."
                + " Police ordered a pizza. He signed an executive order creating a process to dissolve the agency.",
            "the state government | The state government | REPORTED_ACT | DEMAND | all schools closed for the week",
            "Nancy Pelosi | Nancy Pelosi | REPORTED_ACT | DEMAND | the flags be lowered",
            "the judge | The judge | REPORTED_ACT | DEMAND | the release of the journalist"),
        text("an inquiry ordered is a demand; a copy ordered is not",
            "The governor ordered an inquiry into the collapse. The court ordered a full investigation. She ordered a"
                + " review copy from the publisher.",
            "the governor | The governor | REPORTED_ACT | DEMAND | an inquiry into the collapse",
            "the court | The court | REPORTED_ACT | DEMAND | a full investigation"),
        text("a plan or a proposal that sums up what was proposed ends it",
            "Lin Yu-hsuan proposed cutting the drone allocation by a third, a plan the ruling party dismissed as"
                + " \"political theater.\"",
            "Lin Yu-hsuan | Lin Yu-hsuan | REPORTED_ACT | PROPOSE | cutting the drone allocation by a third",
            "the ruling party | the ruling party | REPORTED_ACT | REJECT | as \"political theater.\""),
        text("a verb of judgement takes an object, whose that opens a relative clause or a noun's complement",
            "Senator Daniel Whitcombe criticized delays in delivering weapons that Taiwan has already paid for. The"
                + " minister hailed the figures as proof that the programme was working.",
            "Daniel Whitcombe | Senator Daniel Whitcombe | REPORTED_ACT | CRITICIZE | delays in delivering weapons"
                + " that Taiwan has already paid for",
            "the minister | The minister | REPORTED_ACT | PRAISE | the figures as proof that the programme was"
                + " working"),
        text("the one told by an agent with its short name in brackets",
            "He had been told by the Canadian Security Intelligence Service (CSIS) in June that his mother was safe.",
            "Canadian Security Intelligence Service | Canadian Security Intelligence Service | INDIRECT | SAY"
                + " | his mother was safe"),
        text("a name in the object of an act before is no speaker of a list, and a name after and opens a clause",
            "The council heard warnings, as Britain pushed for a wider arms embargo on Sudan and Russia signalled it"
                + " would oppose any new sanctions. Unions pressed for higher wages.",
            "United Kingdom | Britain | REPORTED_ACT | DEMAND | a wider arms embargo on Sudan",
            "Russia | Russia | INDIRECT | SAY | it would oppose any new sanctions",
            "unions | Unions | REPORTED_ACT | DEMAND | higher wages"),
        text("those called for are part of the demand; those called on are urged",
            "Trump called for NATO members to increase military spending. He called on NATO members to act.",
            "Trump | Trump | REPORTED_ACT | DEMAND | NATO members to increase military spending",
            "Trump | He | INDIRECT | URGE | to act"),
        text("a relative clause with a passive set off inside what was said goes on after it",
            "He said the reform, which was approved by parliament, changes nothing.",
            "- | He | INDIRECT | SAY | the reform, which was approved by parliament, changes nothing"),
        text("a relative clause set off inside what was said goes on into a quotation",
            "The authors wrote that current safety tests, which only check whether a chemical kills bees,"
                + " \"miss the sublethal effects\".",
            "the authors | The authors | MIXED | SAY | current safety tests, which only check whether a chemical kills"
                + " bees, \"miss the sublethal effects\""),
        text("a trailing speaker's adjuncts end before a participle of result",
            "Iran has not allowed inspectors back, the watchdog said in a confidential report seen by Reuters on"
                + " Wednesday, leaving the stockpile unverified. The talks collapsed, the ministry said on Friday,"
                + " raising fears of war.",
            "the watchdog | the watchdog | INDIRECT | SAY | Iran has not allowed inspectors back",
            "the ministry | the ministry | INDIRECT | SAY | The talks collapsed"),
        text("one who asks by a passive or an opening 'Asked by' asks, but a medium only frames the answer",
            "The minister was asked by Chen Wei-ting whether the deal was final. Asked by legislator Chen Wei-ting"
                + " whether the deal was final, the minister said talks would continue. Asked by Reuters if the plan"
                + " had changed, a spokesman declined to comment.",
            "Chen Wei-ting | Chen Wei-ting | INDIRECT | ASK | whether the deal was final",
            "Chen Wei-ting | Chen Wei-ting | INDIRECT | ASK | whether the deal was final",
            "the minister | the minister | INDIRECT | SAY | talks would continue"),
        text("a quotation in lower case after a relative clause goes on the clause said without that",
            "Mensah said the reform, which was approved by parliament in May, \"changes nothing\" for farmers. He"
                + " told the crowd, which was growing restless, \"We will not leave.\"",
            "Mensah | Mensah | MIXED | SAY | the reform, which was approved by parliament in May, \"changes"
                + " nothing\" for farmers",
            "Mensah | He | DIRECT | SAY | We will not leave."),
        text("a message or remarks with where they went end an object",
            "The ministry congratulated the team in a message on social media. He criticised the plan in remarks to"
                + " reporters.",
            "the ministry | The ministry | REPORTED_ACT | PRAISE | the team",
            "- | He | REPORTED_ACT | CRITICIZE | the plan"),
        text("a sentence opens after a time of day, and a group's modifiers end with their sentence",
            "The fire ended at 4 p.m. Police said two men were held.",
            "Police | Police | INDIRECT | SAY | two men were held"),
        text("putting or placing an amount at a figure is an estimate",
            "The news agency AFP has placed the death count in the hundreds. Officials put the damage at $5"
                + " million. He put the bags at the door. They placed the order at 10 a.m. Seismologists initially put"
                + " the magnitude at 7.1. The flood put the population at risk.",
            "Agence France-Presse | AFP | INDIRECT | PREDICT | the death count in the hundreds",
            "officials | Officials | INDIRECT | PREDICT | the damage at $5 million",
            "seismologists | Seismologists | INDIRECT | PREDICT | the magnitude at 7.1"),
        text("a poll is a document, and an approval rating or inflation put at a figure is an estimate",
            "A poll published on Sunday put the president's approval rating at 7%. The IMF put inflation at 12%.",
            "a poll | A poll | INDIRECT | PREDICT | the president's approval rating at 7%",
            "International Monetary Fund | The IMF | INDIRECT | PREDICT | inflation at 12%"),
        text("a verb in the past after a plural subject makes a clause",
            "Some scholars suggest Egyptians raised or farmed the birds. The ministry announced the talks"
                + " collapsed.",
            "some scholars | Some scholars | INDIRECT | PROPOSE | Egyptians raised or farmed the birds",
            "the ministry | The ministry | INDIRECT | ANNOUNCE | the talks collapsed"),
        text("an issuer's document noun that is a verb, and a compound that goes on",
            "Police report that a man was arrested. The government report card said schools improved.",
            "Police | Police | INDIRECT | REPORT | a man was arrested"),
        text("a decision named before a statement is not its issuer",
            "The court upheld the decision. The law is void, according to a statement.",
            "a statement | a statement | INDIRECT | SAY | The law is void"),
        text("a name, the title held in a place and its region, and the cue",
            "Omar Said, the governor of Cebu, said the storm passed. Ana Ruiz, the mayor of Houston, Texas, said"
                + " schools would open. Bo Lee, the mayor of Esperanza, Sultan Kudarat, announced classes would"
                + " resume.",
            "Omar Said | Omar Said | INDIRECT | SAY | the storm passed",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | schools would open",
            "Bo Lee | Bo Lee | INDIRECT | ANNOUNCE | classes would resume"),
        text("according to a title with the holder's name set off after it",
            "According to Boston's mayor, Ana Ruiz, there were ten passengers aboard.",
            "Ana Ruiz | Boston's mayor | INDIRECT | SAY | there were ten passengers aboard"),
        text("a document signed or released by its author, named again later",
            "Pope Francis announced a new law. The decree signed by the Pope read \"Abuse offends.\" The decree"
                + " also says that bishops must report. A report released by the ministry said that roads were shut.",
            "Francis | Pope Francis | REPORTED_ACT | ANNOUNCE | a new law",
            "Francis | the Pope | DIRECT | SAY | Abuse offends.",
            "Francis | The decree | INDIRECT | SAY | bishops must report",
            "the ministry | A report | INDIRECT | SAY | roads were shut"),
        text("a document from its author, named again later",
            "According to a 1989 report from the Regional Aviation Safety Board, the aircraft had an"
                + " incident. The report said one passenger was injured. A letter from his lawyer said he was ill.",
            "Regional Aviation Safety Board | Regional Aviation Safety Board | INDIRECT | SAY | the"
                + " aircraft had an incident",
            "Regional Aviation Safety Board | The report | INDIRECT | SAY | one passenger was injured",
            "his lawyer | A letter | INDIRECT | SAY | he was ill"),
        text("a definite medium by its kind is the medium named last",
            "Reuters said the talks failed. The Aviation Herald reported the aircraft overran the runway. The"
                + " industry publication reported a sixteenth death. A newspaper said it was wrong.",
            "Reuters | Reuters | INDIRECT | SAY | the talks failed",
            "Aviation Herald | The Aviation Herald | INDIRECT | REPORT | the aircraft overran the runway",
            "Aviation Herald | The industry publication | INDIRECT | REPORT | a sixteenth death",
            "a newspaper | A newspaper | INDIRECT | SAY | it was wrong"),
        text("a medium's edition for a country is a medium of that country",
            "Classes were suspended, according to CNN Philippines. The BBC China correspondent said it rained.",
            "CNN Philippines | CNN Philippines | INDIRECT | SAY | Classes were suspended",
            "the BBC China correspondent | The BBC China correspondent | INDIRECT | SAY | it rained"),
        text("a medium's name before a comma is no person's in apposition",
            "Speaking to CNN Philippines, the minister said the talks had failed.",
            "the minister | the minister | INDIRECT | SAY | the talks had failed"),
        text("a person described in the lead is the one named first after a quotation that opens the next sentence",
            "MONTREAL (Reuters) - The chief executive of Borealis Air apologised on Tuesday for an outage. \"We let down our customers,\" Nathalie Desrochers said in a video.",
            "Nathalie Desrochers | The chief executive of Borealis Air | REPORTED_ACT | APOLOGIZE | for an outage",
            "Nathalie Desrochers | Nathalie Desrochers | DIRECT | SAY | We let down our customers,"),
        text("a name set off by a business's noun and what it supplies is a business",
            "About 9,800 machinists at Kessington Aerostructures, a major supplier of fuselages for Boeing and Airbus, voted to strike. Kessington had offered a 19% raise. In a statement, the company said it was disappointed.",
            "Kessington Aerostructures | Kessington | REPORTED_ACT | PROPOSE | a 19% raise",
            "Kessington Aerostructures | the company | INDIRECT | SAY | it was disappointed"),
        text("a name that ends a clause before a described speaker and a cue is no apposition",
            "Boeing was in contact with Kessington, a Boeing spokesman said. \"We are fine,\" said Tom Hart, a Boeing spokesman.",
            "a Boeing spokesman | a Boeing spokesman | INDIRECT | SAY | Boeing was in contact with Kessington",
            "Tom Hart | Tom Hart | DIRECT | SAY | We are fine,"),
        text("a numbered unit of a union speaks for the union",
            "Most members backed a strike, District Lodge 88 of the International Association of Machinists and Aerospace Workers said in a statement. Turnout was high, Local 12 of the United Auto Workers said.",
            "International Association of Machinists and Aerospace Workers | District Lodge 88 of the International Association of Machinists and Aerospace Workers | INDIRECT | SAY | Most members backed a strike",
            "United Auto Workers | Local 12 of the United Auto Workers | INDIRECT | SAY | Turnout was high"),
        text("a bank named in another language is a business",
            "Spain's Banco Meridional said its profit rose. The lender said fees grew.",
            "Banco Meridional | Spain's Banco Meridional | INDIRECT | SAY | its profit rose",
            "Banco Meridional | The lender | INDIRECT | SAY | fees grew"),
        text("an age stands for no subject whose own age differs",
            "Pep Guardiola, 52, praised Erling Haaland. Haaland, 22, scored twice. \"He is great,\" said the 52-year-old.",
            "Pep Guardiola | Pep Guardiola | REPORTED_ACT | PRAISE | Erling Haaland",
            "Pep Guardiola | the 52-year-old | DIRECT | SAY | He is great,"),
        text("a person set off by a supplier's noun keeps a given name, and a participle is no cue after the description",
            "Juan Perez, a drug supplier for the Sinaloa cartel, told the court he had been paid. The project is headed by Tom Hart, a scientist quoted by state media as saying it would succeed.",
            "Juan Perez | Juan Perez | INDIRECT | SAY | he had been paid",
            "Tom Hart | a scientist | INDIRECT | SAY | it would succeed"),
        text("an age stands for the person named last as a sentence's subject, of any country",
            "BERLIN (AP) — Kenya's Wilson Keter broke the world record on Sunday. Keter ran the second half alone and finished ahead of Ethiopia's Dawit Gebre. \"I told my coach,\" said the 26-year-old.",
            "Wilson Keter | the 26-year-old | DIRECT | SAY | I told my coach,"),
        text("a name set off after the head of a group's delegation is the head's",
            "The head of the Tripoli-based government's delegation, Major General Salem al-Ferjani, said his side would honour the deal.",
            "Salem al-Ferjani | Major General Salem al-Ferjani | INDIRECT | SAY | his side would honour the deal"),
        text("a name set off after a role a state's adjective opens speaks",
            "The European Parliament's lead negotiator, Dutch lawmaker Jeroen Aalbers, said the delay would not be extended. The club's owner, American businessman Tom Ricks, said the sale was off.",
            "Jeroen Aalbers | Jeroen Aalbers | INDIRECT | SAY | the delay would not be extended",
            "Tom Ricks | Tom Ricks | INDIRECT | SAY | the sale was off"),
        text("after an inverted cue a description is the name's though an age follows it",
            "\"Tokyo got its listing,\" said the group's head, Yoon Bok-nam (윤복남), 71, whose father worked in the mine. According to the coroner, John Lee, 45, died at the scene.",
            "Yoon Bok-nam | the group's head | DIRECT | SAY | Tokyo got its listing,",
            "the coroner | the coroner | INDIRECT | SAY | John Lee, 45, died at the scene"),
        text("a person opening the sentence after a dated dateline is no company the company stands for",
            "TAIPEI, Jun. 6 (Reuters) - Jensen Huang will visit Taipei next week, the company said.",
            "the company | the company | INDIRECT | SAY | Jensen Huang will visit Taipei next week"),
        text("member states, statements read on air, phones charging and appeals against rulings say nothing",
            "Malta, the EU's smallest member state, registered fewer applications. The spokesman said in a statement read on state television that no aircraft had flown. The phone had been charging on a shelf. Fong intends to appeal against the conviction, a person close to him said.",
            "the spokesman | The spokesman | INDIRECT | SAY | no aircraft had flown",
            "a person close to him | a person close to him | INDIRECT | SAY | Fong intends to appeal against the conviction"),
        text("charging that and with, appealing for and a statement that reads still speak",
            "The opposition charged that the vote was rigged. The UN appealed for calm. The statement read: \"We will win.\"",
            "the opposition | The opposition | INDIRECT | ACCUSE | the vote was rigged",
            "United Nations | The UN | REPORTED_ACT | URGE | for calm",
            "United Nations | The statement | DIRECT | SAY | We will win."),
        text("a party's adjective inside an anonymous source, written with its capital",
            "Prices would rise, a senior Socialist official said. Conservative lawmakers said the vote was unfair.",
            "a senior Socialist official | a senior Socialist official | INDIRECT | SAY | Prices would rise",
            "Conservative lawmakers | Conservative lawmakers | INDIRECT | SAY | the vote was unfair"),
        text("whom, where and when after a trailing speaker's cue are nothing said",
            "Bojan Ferlez took 1.4 million euros in bribes, prosecutors told a Ljubljana court on Tuesday as his corruption trial opened. The first payment would come before the summer, a senior EU official told reporters travelling with the commissioner.",
            "prosecutors | prosecutors | INDIRECT | SAY | Bojan Ferlez took 1.4 million euros in bribes",
            "a senior EU official | a senior EU official | INDIRECT | SAY | The first payment would come before the summer"),
        text("a known organisation before a trailing speaker's role",
            "The programme aims to cut inflation, IMF mission chief Sofia Marklund said in a statement at the end of a two-week visit.",
            "Sofia Marklund | chief Sofia Marklund | INDIRECT | SAY | The programme aims to cut inflation"),
        text("a speaker of a cue after another cue's clause keeps its own content",
            "She said her coach, Marta Sanchez, had told her before the match to trust the forehand.",
            "- | She | INDIRECT | SAY | her coach, Marta Sanchez, had told her before the match to trust the forehand",
            "Marta Sanchez | Marta Sanchez | INDIRECT | SAY | her before the match to trust the forehand"),
        text("a dateline with an abbreviated month before a name a business noun stands for",
            "TOKYO, Sept. 9 (Kyodo) -- Kanade Electric will recall about 1.2 million power banks, the company said Wednesday.",
            "Kanade Electric | the company | INDIRECT | SAY | Kanade Electric will recall about 1.2 million power banks"),
        text("a person whose staff or shares a relative clause speaks of stays a person",
            "Biden, whose staff had urged him to rest, said he felt fine. John Smith, whose shares in the bank were frozen, said he would sue.",
            "staff | staff | INDIRECT | URGE | to rest",
            "Biden | Biden | INDIRECT | SAY | he felt fine",
            "John Smith | John Smith | INDIRECT | SAY | he would sue"),
        text("an opening clause of time is nothing said after a trailing speaker told someone to act",
            "When the storm hit, officials told residents to leave their homes.",
            "officials | officials | INDIRECT | SAY | to leave their homes"),
        text("a name whose managing director a relative clause speaks of is a business",
            "Kalinga Agrochem, whose managing director, Rakesh Soni, visited the site, said it was saddened. It said the plant had passed a safety audit.",
            "Kalinga Agrochem | Kalinga Agrochem | INDIRECT | SAY | it was saddened",
            "Kalinga Agrochem | It | INDIRECT | SAY | the plant had passed a safety audit"),
        text("a description of a trailing according-to source to the end is no content",
            "German car suppliers have shed more than 50,000 jobs, according to the VDA auto industry association.",
            "VDA | the VDA | INDIRECT | SAY | German car suppliers have shed more than 50,000 jobs"),
        text("a confederation's name of two parts joined by and is one organisation",
            "The Confederation of Locomotive Engineers and Trainmen criticized the decision.",
            "Confederation of Locomotive Engineers and Trainmen | Confederation of Locomotive Engineers and Trainmen | REPORTED_ACT | CRITICIZE | the decision"),
        text("a word ending some organisations' names is a surname too",
            "Tom Guild, a spokesman for the council, said the road would reopen. Mark Brotherhood said the manager would stay.",
            "Tom Guild | Tom Guild | INDIRECT | SAY | the road would reopen",
            "Mark Brotherhood | Mark Brotherhood | INDIRECT | SAY | the manager would stay"),
        text("a ministry named by its first noun before of is the ministry whatever noun ends its name",
            "Japan's Ministry of Internal Affairs and Communications said the population fell. The ministry said births hit a record low.",
            "Ministry of Internal Affairs and Communications | Japan's Ministry of Internal Affairs and Communications | INDIRECT | SAY | the population fell",
            "Ministry of Internal Affairs and Communications | The ministry | INDIRECT | SAY | births hit a record low"),
        text("an abbreviation the lexicons know after a spokesperson's body names its own actor",
            "A spokesman for Israel's Defence Forces (IDF) said troops had entered the town. The IDF said five militants were killed.",
            "a spokesman for Israel's Defence Forces | A spokesman for Israel's Defence Forces | INDIRECT | SAY | troops had entered the town",
            "Israel Defense Forces | The IDF | INDIRECT | SAY | five militants were killed"),
        text("a business's noun is no organisation whose name ends in another organisation's noun",
            "Corrib Air said profit rose. The Irish Airline Pilots Association said its members would vote. Corrib Air spokesman Brian Halloran said the airline had offered a pay increase.",
            "Corrib Air | Corrib Air | INDIRECT | SAY | profit rose",
            "Irish Airline Pilots Association | Irish Airline Pilots Association | INDIRECT | SAY | its members would vote",
            "Brian Halloran | spokesman Brian Halloran | INDIRECT | SAY | the airline had offered a pay increase",
            "the airline | the airline | REPORTED_ACT | PROPOSE | a pay increase"),
        text("an opening place is no capital's state when another state is named before the body",
            "In Kabul, the U.S. army said three soldiers had been wounded. JERUSALEM - In Lebanon, the army said troops had destroyed tunnels.",
            "Army | army | INDIRECT | SAY | three soldiers had been wounded",
            "Army | the army | INDIRECT | SAY | troops had destroyed tunnels"),
        text("the foreign ministry again is not the one that spoke before another state's speaker, nor an office",
            "Pakistan's foreign ministry said the strikes were unacceptable. Indian Foreign Secretary Vikram Misri said the strikes were measured. The foreign ministry said India had shown restraint.",
            "Foreign Ministry (Pakistan) | Pakistan's foreign ministry | INDIRECT | SAY | the strikes were unacceptable",
            "Vikram Misri | Indian Foreign Secretary Vikram Misri | INDIRECT | SAY | the strikes were measured",
            "Foreign Ministry | The foreign ministry | INDIRECT | SAY | India had shown restraint"),
        text("the foreign ministry again is not an office of the same gazetteer entry",
            "Britain's Foreign Office said it was in touch with the family. The foreign ministry said the man was safe.",
            "Foreign Ministry (United Kingdom) | Britain's Foreign Office | INDIRECT | SAY | it was in touch with the family",
            "Foreign Ministry | The foreign ministry | INDIRECT | SAY | the man was safe"),
        text("a word in brackets after a business that is not made of its name is no name of it",
            "Microsoft Corp (Nasdaq) said it would cut jobs. Nasdaq said the index fell.",
            "Microsoft Corp | Microsoft Corp | INDIRECT | SAY | it would cut jobs",
            "Nasdaq | Nasdaq | INDIRECT | SAY | the index fell"),
        text("the noun of several bodies named of late names none of them",
            "The U.N. Security Council condemned the coup. The Council of the European Union imposed sanctions. The Council said the junta must step down.",
            "United Nations Security Council | The U.N. Security Council | REPORTED_ACT | DENOUNCE | the coup",
            "Council | Council | INDIRECT | SAY | the junta must step down"),
        text("officials in two capitals are each state's officials",
            "The talks made progress, according to officials in Washington and Moscow.",
            "officials in Washington | officials in Washington | INDIRECT | SAY | The talks made progress",
            "Russia | Moscow | INDIRECT | SAY | The talks made progress"),
        text("keeping a post, a place in a race or a position held is no stand defended in words",
            "Hamilton defended his position from Verstappen on the final lap. McConnell defended his position as Senate Republican leader in a vote."),
        text("a person's own position defended is a stand taken in words, their positions ground held",
            "The prime minister defended his position. The troops defended their positions for hours.",
            "the prime minister | The prime minister | REPORTED_ACT | INSIST | his position"),
        text("maintaining one's innocence is insisting on it",
            "Visagie, who has won seven caps, has maintained his innocence since the test became public.",
            "Visagie | Visagie | REPORTED_ACT | INSIST | his innocence"),
        text("an act's object ends before the subject's next verb with a name that owns its object",
            "Bangladesh protested the killing of a boy by border guards and summoned India's acting high commissioner.",
            "Bangladesh | Bangladesh | REPORTED_ACT | DENOUNCE | the killing of a boy by border guards"),
        text("a role set off after a trailing source of according to is no more said",
            "At least 40 homes had been destroyed, according to Dimitris Karalis, the regional governor of Central Greece.",
            "Dimitris Karalis | Dimitris Karalis | INDIRECT | SAY | At least 40 homes had been destroyed"),
        text("a place joined to the place of a source's description is no second source",
            "Chinese crushers had stopped buying Canadian cargoes, according to three traders in Singapore and Vancouver.",
            "three traders in Singapore | three traders in Singapore | INDIRECT | SAY | Chinese crushers had stopped buying Canadian cargoes"),
        text("an organisation no list knows between an anonymous source's modifier and noun",
            "The council would meet on Friday, a senior Citizens' Alliance lawmaker said on condition of anonymity.",
            "a senior Citizens' Alliance lawmaker | a senior Citizens' Alliance lawmaker | INDIRECT | SAY | The council would meet on Friday"),
        text("the head noun of an organisation's name after the is that organisation",
            "The International Criminal Court issued a warrant. The Court said the charges were serious.",
            "International Criminal Court | Court | INDIRECT | SAY | the charges were serious"),
        text("a participle after the document of a trailing speaker says its own",
            "The European Commission opened a case. Agrivera supplies 70% of the seed, the Commission said in a statement announcing the formal charges, known as a statement of objections.",
            "European Commission | Commission | INDIRECT | SAY | Agrivera supplies 70% of the seed",
            "European Commission | Commission | REPORTED_ACT | ANNOUNCE | the formal charges, known as a statement of objections"),
        text("a business's short name in brackets after its name is a name of it",
            "A court ordered Taiwan Power Co. (Taipower) to pay damages to residents. Taipower said it would appeal.",
            "Taiwan Power Co | Taipower | INDIRECT | SAY | it would appeal"),
        text("a generic body again without its state is the one of that name that spoke last",
            "India accused Pakistan of shelling. Pakistan's foreign ministry said the charge was false. The foreign ministry said the border was calm.",
            "India | India | REPORTED_ACT | ACCUSE | Pakistan of shelling",
            "Foreign Ministry (Pakistan) | Pakistan's foreign ministry | INDIRECT | SAY | the charge was false",
            "Foreign Ministry (Pakistan) | The foreign ministry | INDIRECT | SAY | the border was calm"),
        text("a body of that name named only as a modifier gives no state to a later one",
            "Two Chinese coast guard ships entered the waters, Japan and the Philippines said. The coast guard said the ships had left.",
            "Japan | Japan | INDIRECT | SAY | Two Chinese coast guard ships entered the waters",
            "Philippines | Philippines | INDIRECT | SAY | Two Chinese coast guard ships entered the waters",
            "Coast Guard | The coast guard | INDIRECT | SAY | the ships had left"),
        text("a sentence opening with a place gives a generic body its state",
            "Turkish Foreign Minister Kemal Aydemir said the talks had gone well. In Moscow, the Foreign Ministry said Russia would comply.",
            "Kemal Aydemir | Turkish Foreign Minister Kemal Aydemir | INDIRECT | SAY | the talks had gone well",
            "Foreign Ministry (Russia) | the Foreign Ministry | INDIRECT | SAY | Russia would comply"),
        text("an owner's document named again by its noun speaks for the owner",
            "Corliss Motor Co. is recalling 342,000 trucks, the company said. Most were sold where road salt is used. Salt can eat through the lines, according to the company's recall report. Corliss knows of 27 crashes, the report said.",
            "Corliss Motor Co | the company | INDIRECT | SAY | Corliss Motor Co. is recalling 342,000 trucks",
            "Corliss Motor Co | the company's recall report | INDIRECT | SAY | Salt can eat through the lines",
            "Corliss Motor Co | the report | INDIRECT | SAY | Corliss knows of 27 crashes"),
        text("a spokesperson's noun before an officer's rank makes the officer a spokesperson",
            "Army spokesman Colonel Onyema Nwachukwu said the troops had repelled the attack. The spokesman said ten militants were killed.",
            "Onyema Nwachukwu | Army spokesman Colonel Onyema Nwachukwu | INDIRECT | SAY | the troops had repelled the attack",
            "Onyema Nwachukwu | The spokesman | INDIRECT | SAY | ten militants were killed"),
        text("two roles joined by 'and' between a quotation and the name after it",
            "\"We will keep building,\" co-founder and chief executive Sam Altman said. \"We will fight this,\" mother and activist Rosa Mendes said outside the court.",
            "Sam Altman | chief executive Sam Altman | DIRECT | SAY | We will keep building,",
            "Rosa Mendes | Rosa Mendes | DIRECT | SAY | We will fight this,"),
        text("a text message and a video link after a trailing speaker's verb are no content",
            "The strike killed two fighters, a Hamas official told Reuters by text message. He had never seen the documents, the defendant told the court by video link.",
            "a Hamas official | a Hamas official | INDIRECT | SAY | The strike killed two fighters",
            "the defendant | the defendant | INDIRECT | SAY | He had never seen the documents"),
        text("but a medium is part of a proposed act",
            "Japan proposed holding the meeting by video link instead.",
            "Japan | Japan | REPORTED_ACT | PROPOSE | holding the meeting by video link instead"),
        text("a name after a possessive that opens the sentence, or after a stake 'in', may be the company",
            "Alphabet's Waymo will expand its robotaxi service to Miami, the company said. Microsoft took a minority stake in Mistral AI. The company said its next model would remain open.",
            "the company | the company | INDIRECT | SAY | Alphabet's Waymo will expand its robotaxi service to Miami",
            "the company | The company | INDIRECT | SAY | its next model would remain open"),
        text("nor is a company set off after a place a place",
            "Boeing's supplier in Wichita, Spirit AeroSystems, halted production. The company said work would resume next week.",
            "the company | The company | INDIRECT | SAY | work would resume next week"),
        text("a business's noun with a word of a body's name is no body, and a general adjective picks no one",
            "Shell said the International Energy Agency had underestimated oil demand. The energy giant said it would raise output. Sinopec said the State Council had approved the project. The state company said work would start soon.",
            "Shell | Shell | INDIRECT | SAY | the International Energy Agency had underestimated oil demand",
            "the energy giant | The energy giant | INDIRECT | SAY | it would raise output",
            "Sinopec | Sinopec | INDIRECT | SAY | the State Council had approved the project",
            "the state company | The state company | INDIRECT | SAY | work would start soon"),
        text("an unnamed spokeswoman brought in since is 'the spokeswoman'",
            "White House press secretary Karine Jean-Pierre said the president would speak on Friday. A spokeswoman for the Pentagon declined to comment. The spokeswoman later said the strikes had ended.",
            "Karine Jean-Pierre | White House press secretary Karine Jean-Pierre | INDIRECT | SAY | the president would speak on Friday",
            "a spokeswoman for the Pentagon | The spokeswoman | INDIRECT | SAY | the strikes had ended"),
        text("not a person beside the subject who declined to comment, nor one named in what the pronoun says",
            "\"We will find those responsible,\" Police Chief Tom Reed said. The suspect's lawyer, John Brown, declined to comment. He said the investigation would continue. Coach Gareth Southgate said the team was ready. The team's captain, Harry Kane, trained alone on Tuesday. He said Kane would be fit for the final.",
            "Tom Reed | Police Chief Tom Reed | DIRECT | SAY | We will find those responsible,",
            "Tom Reed | He | INDIRECT | SAY | the investigation would continue",
            "Gareth Southgate | Coach Gareth Southgate | INDIRECT | SAY | the team was ready",
            "Gareth Southgate | He | INDIRECT | SAY | Kane would be fit for the final"),
        text("the first word of a compound modifier does not keep 'the company' from the company named before",
            "Chinese carmaker Qingyun Motors will recall 118,000 cars. Qingyun's Hong Kong-listed shares fell 7.3%. The company said it would inspect the cars.",
            "Qingyun Motors | The company | INDIRECT | SAY | it would inspect the cars"),
        text("a sentence's first word that the article writes in lower case elsewhere is no name that may be the company",
            "Corliss Motor Co. is recalling 342,000 trucks, the company said. Most were sold where road salt is used. Salt can eat through the lines, according to the company's recall report.",
            "Corliss Motor Co | the company | INDIRECT | SAY | Corliss Motor Co. is recalling 342,000 trucks",
            "Corliss Motor Co | the company's recall report | INDIRECT | SAY | Salt can eat through the lines"),
        text("capitalised words before 'party' name the party, a state's adjective among them",
            "Sarr's Republican Renewal party said the vote was part of a campaign of intimidation. The party said it would appeal. The ruling Georgian Dream party said the vote was fair.",
            "Republican Renewal | Republican Renewal party | INDIRECT | SAY | the vote was part of a campaign of intimidation",
            "Republican Renewal | The party | INDIRECT | SAY | it would appeal",
            "Georgian Dream | Georgian Dream party | INDIRECT | SAY | the vote was fair"),
        text("a passive's agents end before a speaker with a verb of its own",
            "The arrests were criticised by the opposition PAIGC party, and its leader Domingos Te said the government was settling scores.",
            "PAIGC | PAIGC party | REPORTED_ACT | CRITICIZE | The arrests",
            "Domingos Te | its leader Domingos Te | INDIRECT | SAY | the government was settling scores"),
        text("a trailing speaker with only a medium after the verb said what came before",
            "The hillside gave way at around 3 a.m., the official told Reuters by telephone. The road was closed, the mayor said by phone on Wednesday.",
            "the official | the official | INDIRECT | SAY | The hillside gave way at around 3 a.m.",
            "the mayor | the mayor | INDIRECT | SAY | The road was closed"),
        text("a role's noun that ends a title is no part of the name after it",
            "Chief Medical Officer Chris Whitty said the risk was low. Chief District Officer Krishna Prasad Adhikari said the road was closed.",
            "Chris Whitty | Chief Medical Officer Chris Whitty | INDIRECT | SAY | the risk was low",
            "Krishna Prasad Adhikari | Chief District Officer Krishna Prasad Adhikari | INDIRECT | SAY | the road was closed"),
        text("a relative clause that quotes words, between the subject and its verb of speech",
            "Elisabeth Forsberg, who last month called the plan \"reckless\", said the government respected the bank's independence.",
            "Elisabeth Forsberg | Elisabeth Forsberg | MIXED | SAY | the plan \"reckless\"",
            "Elisabeth Forsberg | Elisabeth Forsberg | INDIRECT | SAY | the government respected the bank's independence"),
        text("a news website named by an address in a country's domain",
            "The news website Ikon.mn reported that protesters planned to gather. Rappler.ph said the mayor had resigned. Stuff.co.nz reported that the minister had quit.",
            "Ikon.mn | Ikon.mn | INDIRECT | REPORT | protesters planned to gather",
            "Rappler.ph | Rappler.ph | INDIRECT | SAY | the mayor had resigned",
            "Stuff.co.nz | Stuff.co.nz | INDIRECT | REPORT | the minister had quit"),
        text("'according to' an owner's document named after its possessive is the document's",
            "The policy rate would remain at 2.0% until at least the third quarter, according to the bank's Monetary Policy Report, published alongside the decision.",
            "Monetary Policy Report | Monetary Policy Report | INDIRECT | SAY | The policy rate would remain at 2.0% until at least the third quarter"),
        text("a role joined by 'and' before a titled name after a quotation is part of the speaker's mention",
            "\"We let down people who trusted us,\" founder and chairman Zhou Hanlin said in a video posted on Weibo.",
            "Zhou Hanlin | founder and chairman Zhou Hanlin | DIRECT | SAY | We let down people who trusted us,"),
        text("a business's noun after a word of a business's name named before is that business",
            "A train crashed near Hualien, the Taiwan Railway Corporation said. Chen Mei-ling, chairwoman of the state-owned railway company, apologised. The railway company denied the report. The oil company said it would pay.",
            "Taiwan Railway Corporation | Taiwan Railway Corporation | INDIRECT | SAY | A train crashed near Hualien",
            "Taiwan Railway Corporation | The railway company | REPORTED_ACT | DENY | the report",
            "the oil company | The oil company | INDIRECT | SAY | it would pay"),
        text("a name set off at the end of a relative clause about the subject does not speak",
            "The parish priest, Father Michel Lambotte, who discovered the theft together with the church's sacristan, Marie Dethier, welcomed the arrests.",
            "Father Michel Lambotte | Father Michel Lambotte | REPORTED_ACT | WELCOME | the arrests"),
        text("a person named for the first time beside the subject of the sentence before is who 'he' is",
            "Chief Cabinet Secretary Masaki Hirokawa rejected the protest. \"Our position has not changed,\" he said. Japan's ambassador to China, Kazuo Teramura, met Vice Foreign Minister Sun Meihua in Beijing at her request. He told reporters afterwards that he had explained Tokyo's position.",
            "Masaki Hirokawa | Chief Cabinet Secretary Masaki Hirokawa | REPORTED_ACT | REJECT | the protest",
            "Masaki Hirokawa | he | DIRECT | SAY | Our position has not changed,",
            "Kazuo Teramura | He | INDIRECT | SAY | he had explained Tokyo's position"),
        text("but not the subject of a passive",
            "Police chief Adam Cole said the suspect fled. The victim's father, John Smith, was taken to hospital. He said the family was in shock.",
            "Adam Cole | Police chief Adam Cole | INDIRECT | SAY | the suspect fled",
            "Adam Cole | He | INDIRECT | SAY | the family was in shock"),
        text("a spokesperson's noun alone names the person who last held any spokesperson's title",
            "White House press secretary Karine Jean-Pierre said the president would sign the bill. The spokeswoman added that he had no plans to travel.",
            "Karine Jean-Pierre | White House press secretary Karine Jean-Pierre | INDIRECT | SAY | the president would sign the bill",
            "Karine Jean-Pierre | The spokeswoman | INDIRECT | SAY | he had no plans to travel"),
        text("an ampersand joins one name, a business's",
            "Procter & Gamble said sales rose. Stanley Black & Decker said it would close two plants. The company said demand had fallen.",
            "Procter & Gamble | Procter & Gamble | INDIRECT | SAY | sales rose",
            "Stanley Black & Decker | Stanley Black & Decker | INDIRECT | SAY | it would close two plants",
            "Stanley Black & Decker | The company | INDIRECT | SAY | demand had fallen"),
        text("a railway's name and 'the railroad'",
            "The train belonged to the Bluegrass Rail Company. The railroad said crews were working.",
            "Bluegrass Rail Company | The railroad | INDIRECT | SAY | crews were working"),
        text("an officer may be the spokesman himself",
            "Lieutenant Colonel Nadav Shoshani said troops had found a tunnel. The military spokesman said the tunnel was 1 kilometre long.",
            "Nadav Shoshani | Lieutenant Colonel Nadav Shoshani | INDIRECT | SAY | troops had found a tunnel",
            "Nadav Shoshani | The military spokesman | INDIRECT | SAY | the tunnel was 1 kilometre long"),
        text("two initials do not take a gazetteer's abbreviation from the actor it names",
            "The Ukrainian Navy said it had hit a Russian landing ship. The UN said it was concerned about shipping.",
            "Navy (Ukraine) | The Ukrainian Navy | INDIRECT | SAY | it had hit a Russian landing ship",
            "United Nations | The UN | INDIRECT | SAY | it was concerned about shipping"),
        text("but two initials name an organisation no list knows, and a leading 'The' gives no initial",
            "The Football Association said the game would go ahead. The FA said security would be tight. The Independent Electoral Commission said results would come on Thursday. The IEC said turnout was 58%.",
            "Football Association | Football Association | INDIRECT | SAY | the game would go ahead",
            "Football Association | The FA | INDIRECT | SAY | security would be tight",
            "The Independent Electoral Commission | The Independent Electoral Commission | INDIRECT | SAY | results would come on Thursday",
            "The Independent Electoral Commission | The IEC | INDIRECT | SAY | turnout was 58%"),
        text("an age marks a person, not an organisation's first word",
            "The Hinduja Group said the deal was done. Hinduja, 84, said he would step back from the business.",
            "Hinduja Group | Hinduja Group | INDIRECT | SAY | the deal was done",
            "Hinduja | Hinduja | INDIRECT | SAY | he would step back from the business"),
        text("a day after a document's name is no part of it",
            "The Amman Declaration on Sunday rejected any attempt to displace Palestinians.",
            "Amman Declaration | The Amman Declaration | REPORTED_ACT | REJECT | any attempt to displace Palestinians"),
        text("diplomatic channels stay in what was urged, and in an object that goes on after them",
            "China urged the Philippines to resolve the dispute through diplomatic channels. Britain expressed concern through diplomatic channels about the detention. Tokyo had called for his early release through diplomatic channels and was providing consular support.",
            "China | China | INDIRECT | URGE | to resolve the dispute through diplomatic channels",
            "United Kingdom | Britain | REPORTED_ACT | EXPRESS_CONCERN | concern through diplomatic channels about the detention",
            "Japan | Tokyo | REPORTED_ACT | DEMAND | his early release"),
        text("a place after 'in' does not keep 'the company' from the company named before",
            "Car parts supplier Brandauer said on Wednesday it would cut 4,800 jobs and close plants in Zwickau and Salzgitter. The company, which employs about 31,000 people, said it would try to avoid compulsory redundancies.",
            "Brandauer | Brandauer | INDIRECT | SAY | it would cut 4,800 jobs and close plants in Zwickau and Salzgitter",
            "Brandauer | The company | INDIRECT | SAY | it would try to avoid compulsory redundancies"),
        text("a body with its state after 'of' keeps it after a spokesperson's 'for'",
            "Six passengers were hurt, said Eric Villanueva, a spokesman for the Civil Aviation Authority of the Philippines. The CAAP said it had sent a team.",
            "Eric Villanueva | Eric Villanueva | INDIRECT | SAY | Six passengers were hurt",
            "Civil Aviation Authority | The CAAP | INDIRECT | SAY | it had sent a team"),
        text("a name owned by the one before it, or a product's with its number, may not be the company",
            "Chinese carmaker Qingyun Motors will recall 118,000 cars. The recall covers Aurora 7 SUVs, the regulator said. Its chairman spoke in a video on the company's Weibo account. The company said it would inspect the cars.",
            "the regulator | the regulator | INDIRECT | SAY | The recall covers Aurora 7 SUVs",
            "Qingyun Motors | The company | INDIRECT | SAY | it would inspect the cars"),
        text("a statement's adjunct with a span of time after it, and diplomatic channels, end an act's object",
            "The Commerce Ministry criticised the decision in a statement hours later. Japan protested the move through diplomatic channels. Washington urged both sides to resolve disputes through legal channels.",
            "Trade Ministry | The Commerce Ministry | REPORTED_ACT | CRITICIZE | the decision",
            "Japan | Japan | REPORTED_ACT | DENOUNCE | the move",
            "United States | Washington | INDIRECT | URGE | to resolve disputes through legal channels"),
        text("a name no list knows ending in a document's noun is a document's, with its place and what it is on",
            "The Paris Agreement says countries must cut emissions. The 1961 Vienna Convention on Diplomatic Relations says a host state may expel a diplomat.",
            "Paris Agreement | The Paris Agreement | INDIRECT | SAY | countries must cut emissions",
            "Vienna Convention on Diplomatic Relations | Vienna Convention on Diplomatic Relations | INDIRECT | SAY | a host state may expel a diplomat"),
        text("a document's name after its owner stays the description's name",
            "Inflation will fall to 29% by the end of the year, according to the bank's latest Inflation Report.",
            "Inflation Report | Inflation Report | INDIRECT | SAY | Inflation will fall to 29% by the end of the year"),
        text("the agent of a participle set off after the subject is not the speaker",
            "The Amman Declaration, read out at the closing session by the league's assistant secretary-general, Mahmoud Zaki, rejected any attempt to displace the Palestinians.",
            "Amman Declaration | The Amman Declaration | REPORTED_ACT | REJECT | any attempt to displace the Palestinians"),
        text("a woman named as a sentence's subject since a man spoke, not a name of unknown gender after her",
            "Deputy Secretary of State Warren Eckhart said Washington would pay more. Foreign Secretary Luisa Fernanda Cantú met Jean-Robert Valcourt on Tuesday. She told reporters that Mexico would send police instructors.",
            "Warren Eckhart | Deputy Secretary of State Warren Eckhart | INDIRECT | SAY | Washington would pay more",
            "Luisa Fernanda Cantú | She | INDIRECT | SAY | Mexico would send police instructors"),
        text("the name beside a sentence's subject is its subject too, for the pronoun after it",
            "Deputy Secretary of State Warren Eckhart said Washington would pay more. Mexico's foreign secretary, Luisa Fernanda Cantú, met him on Tuesday. She told reporters that Mexico would send police instructors.",
            "Warren Eckhart | Deputy Secretary of State Warren Eckhart | INDIRECT | SAY | Washington would pay more",
            "Luisa Fernanda Cantú | She | INDIRECT | SAY | Mexico would send police instructors"),
        text("a gazetteer's abbreviation of an actor not named is the initials of the organisation the article named",
            "The African Union set up a panel to mediate between the army and the paramilitary Rapid Support Forces. In a statement, the RSF said it was ready to engage.",
            "Rapid Support Forces | the RSF | INDIRECT | SAY | it was ready to engage"),
        text("but the gazetteer's actor when the article named it",
            "Reporters Without Borders said the journalist was detained. The RSF said it would appeal.",
            "Reporters Without Borders | Reporters Without Borders | INDIRECT | SAY | the journalist was detained",
            "Reporters Without Borders | The RSF | INDIRECT | SAY | it would appeal"),
        text("an organisation's initials in capitals name it again",
            "The Ghana Football Association has dismissed its coach, the federation said on Wednesday. The decision was taken unanimously, the GFA said in a statement.",
            "Ghana Football Association | the federation | INDIRECT | SAY | The Ghana Football Association has dismissed its coach",
            "Ghana Football Association | the GFA | INDIRECT | SAY | The decision was taken unanimously"),
        text("initials of a body's name with its state after 'of'",
            "The Civil Aviation Authority of the Philippines said it had sent a team. The CAAP said the runway was closed.",
            "Civil Aviation Authority | Civil Aviation Authority of the Philippines | INDIRECT | SAY | it had sent a team",
            "Civil Aviation Authority | The CAAP | INDIRECT | SAY | the runway was closed"),
        text("the first word of a company's name, which no lexicon knows, names it again",
            "Chinese electric vehicle maker Qingyun Motors will recall 118,000 cars. Qingyun's shares fell 7.3% on Wednesday. The company said it would inspect the cars. Qingyun said no one had been hurt.",
            "Qingyun Motors | The company | INDIRECT | SAY | it would inspect the cars",
            "Qingyun Motors | Qingyun | INDIRECT | SAY | no one had been hurt"),
        text("but not a first word two organisations share",
            "Hengrui Energy Group said the cells were safe. Hengrui Motors Group said the cars were safe. Hengrui said it would appeal.",
            "Hengrui Energy Group | Hengrui Energy Group | INDIRECT | SAY | the cells were safe",
            "Hengrui Motors Group | Hengrui Motors Group | INDIRECT | SAY | the cars were safe",
            "Hengrui | Hengrui | INDIRECT | SAY | it would appeal"),
        text("a public body's description right before a name no list knows gives the name its kind",
            "The search and rescue agency Basarnas deployed 200 people. Basarnas said the weather was poor.",
            "Basarnas | Basarnas | INDIRECT | SAY | the weather was poor"),
        text("members and people with a word before them that says whose",
            "Several crew members said the ship was listing. Some party members said they had not been consulted. Many people said they were afraid.",
            "several crew members | Several crew members | INDIRECT | SAY | the ship was listing",
            "some party members | Some party members | INDIRECT | SAY | they had not been consulted"),
        text("a spokesperson's noun after a person known by another title is someone else",
            "Foreign Minister Wang Yi met his Japanese counterpart on Monday. Wang said the talks were candid. The ministry spokesman said the two sides would meet again.",
            "Wang Yi | Wang | INDIRECT | SAY | the talks were candid",
            "the ministry spokesman | The ministry spokesman | INDIRECT | SAY | the two sides would meet again"),
        text("but a spokesperson's noun after a spokesperson who just spoke is that person",
            "Ministry spokesman Lin Jian spoke on Monday. Lin said the talks were candid. The ministry spokesman added that the two sides would meet again.",
            "Lin Jian | Lin | INDIRECT | SAY | the talks were candid",
            "Lin Jian | The ministry spokesman | INDIRECT | SAY | the two sides would meet again"),
        text("a person described in the lead and named in full as the next sentence's subject",
            "LONDON, Nov 18 - The former finance director of energy supplier Brightwell Power told a jury on Tuesday that he had warned the board. Nigel Ashworth, 54, is on trial at Southwark Crown Court.",
            "Nigel Ashworth | The former finance director of energy supplier Brightwell Power | INDIRECT | SAY | he had warned the board"),
        text("no lead's person for another's name with a title, nor for an indefinite description",
            "The prime minister said on Monday the plan was dead. Opposition leader Ana Ruiz called the decision a disgrace.",
            "the prime minister | The prime minister | INDIRECT | SAY | the plan was dead",
            "Ana Ruiz | Opposition leader Ana Ruiz | INDIRECT | SAY | the decision a disgrace"),
        text("parties of many states by their names and abbreviations",
            "India's main opposition Congress party criticised the response. The ANC said it would contest the result.",
            "Indian National Congress | Congress party | REPORTED_ACT | CRITICIZE | the response",
            "African National Congress | The ANC | INDIRECT | SAY | it would contest the result"),
        text("a capitalised word of a title after a comma, and a name no list knows before a person's noun",
            "The increase was needed, Executive Mayor Thandiwe Mokoena said. Management had failed to find a buyer, a senior Lagoon executive told Reuters.",
            "Thandiwe Mokoena | Executive Mayor Thandiwe Mokoena | INDIRECT | SAY | The increase was needed",
            "a senior Lagoon executive | a senior Lagoon executive | INDIRECT | SAY | Management had failed to find a buyer"),
        text("an interrupted quotation goes on after a long apposition to the speaker",
            "“Nobody wanted to be out here,” said Darnell Whitacre, president of the union’s District Lodge 70, “but the company left us no choice.”",
            "Darnell Whitacre | Darnell Whitacre | DIRECT | SAY | Nobody wanted to be out here,",
            "Darnell Whitacre | Darnell Whitacre | DIRECT | SAY | but the company left us no choice."),
        text("review: other before a noun and a verb in -s",
            "The other side says it has not received the proposal.",
            "the other side | The other side | INDIRECT | SAY | it has not received the proposal"),
        text("review: a compound modifier before a known medium or body",
            "The state-run Xinhua news agency said the talks were useful. The U.S.-based Committee to Protect Journalists said two reporters were held. The Hamas-run health ministry said 40 people died.",
            "Xinhua News Agency | Xinhua news agency | INDIRECT | SAY | the talks were useful",
            "Committee to Protect Journalists | Committee to Protect Journalists | INDIRECT | SAY | two reporters were held",
            "Health Ministry | health ministry | INDIRECT | SAY | 40 people died"),
        text("review: an office named after a title with its portfolio or place",
            "The Office of the High Commissioner for Human Rights said the trial was unfair. The Office of the Leader of the Opposition said the bill was bad.",
            "Office of the High Commissioner for Human Rights | The Office of the High Commissioner for Human Rights | INDIRECT | SAY | the trial was unfair",
            "Office of the Leader of the Opposition | The Office of the Leader of the Opposition | INDIRECT | SAY | the bill was bad"),
        text("review: a common word before a name's one head is part of the name",
            "Challenger Motors said sales rose. Remarked Center for Biological Diversity scientist Tierra Curry, \"This is a thank-you.\"",
            "Challenger Motors | Challenger Motors | INDIRECT | SAY | sales rose",
            "Tierra Curry | Tierra Curry | DIRECT | SAY | This is a thank-you."),
        text("review: a member of a state's body's committee",
            "A member of the Iranian parliament's national security committee said the talks were over.",
            "a member of the Iranian parliament's national security committee | A member of the Iranian parliament's national security committee | INDIRECT | SAY | the talks were over"),
        text("review: the agency is not past a name that opened a sentence",
            "Indonesia's transport ministry said Basarnas would lead the search. Basarnas deployed 300 rescuers. The agency said the ferry sank.",
            "Transport Ministry (Indonesia) | Indonesia's transport ministry | INDIRECT | SAY | Basarnas would lead the search",
            "the agency | The agency | INDIRECT | SAY | the ferry sank"),
        text("review: no government of a hub's dateline for another state's story",
            "DUBAI (Reuters) - The government said on Tuesday it would raise fuel prices in Iran.",
            "the government | The government | INDIRECT | SAY | it would raise fuel prices in Iran"),
        text("review: a state gone to leaves the government the dateline's",
            "SEOUL (Yonhap) -- The government said it would send a delegation to Pyongyang.",
            "South Korea | The government | INDIRECT | SAY | it would send a delegation to Pyongyang"),
        text("review: a family's or possessive's name in what was said may be the pronoun",
            "Jeff Peters spoke to reporters. The Peters family had farmed the land for four generations, he said.",
            "Jeff Peters | he | INDIRECT | SAY | The Peters family had farmed the land for four generations"),
        text("review: what is added after reported speech goes on with the one reported",
            "Police said the man told officers he had been drinking, adding that he did not remember the crash.",
            "Police | Police | INDIRECT | SAY | the man told officers he had been drinking",
            "the man | the man | INDIRECT | SAY | he had been drinking",
            "the man | the man | INDIRECT | SAY | he did not remember the crash"),
        text("dotted initials in an organisation's name are written without dots in the actor's name",
            "The U.K. Health Security Agency said measles cases doubled. The agency urged parents to act.",
            "UK Health Security Agency | U.K. Health Security Agency | INDIRECT | SAY | measles cases doubled",
            "UK Health Security Agency | The agency | INDIRECT | URGE | to act"),
        text("a typographic apostrophe in a name is written plain in the actor's name",
            "The Australian Meat Exporters’ Council urged the government to act. Sean O’Brien said the deal was bad.",
            "Australian Meat Exporters' Council | Australian Meat Exporters’ Council | INDIRECT | URGE | to act",
            "Sean O'Brien | Sean O’Brien | INDIRECT | SAY | the deal was bad"),
        text("a resolution a body adopted or passed speaks for the body",
            "The UN General Assembly on Wednesday adopted a resolution demanding that Russia return the children. The council passed a resolution calling for a ceasefire.",
            "United Nations General Assembly | a resolution | INDIRECT | DEMAND | Russia return the children",
            "the council | a resolution | REPORTED_ACT | DEMAND | a ceasefire"),
        text("given names of many regions give a pronoun its person",
            "Opposition leader Bwalya Mulenga rejected the count. Commission chairperson Esther Phiri-Banda said the vote was fair. He also accused the police of blocking his agents.",
            "Bwalya Mulenga | Opposition leader Bwalya Mulenga | REPORTED_ACT | REJECT | the count",
            "Esther Phiri-Banda | chairperson Esther Phiri-Banda | INDIRECT | SAY | the vote was fair",
            "Bwalya Mulenga | He | REPORTED_ACT | ACCUSE | the police of blocking his agents"),
        text("a person named in what a pronoun said before it is not the pronoun",
            "\"Censures used to be rare,\" said Alonso Melgar, a political scientist. Ernesto Valdivia had lost six ministers since 2024, he noted.",
            "Alonso Melgar | Alonso Melgar | DIRECT | SAY | Censures used to be rare,",
            "Alonso Melgar | he | INDIRECT | SAY | Ernesto Valdivia had lost six ministers since 2024"),
        text("a relative clause about a trailing speaker",
            "The talks had stalled, said an official who asked not to be named. The army had rejected the plan, said a diplomat who spoke on condition of anonymity.",
            "an official | an official | INDIRECT | SAY | The talks had stalled",
            "a diplomat | a diplomat | INDIRECT | SAY | The army had rejected the plan",
            "Army | The army | REPORTED_ACT | REJECT | the plan"),
        text("a count of many, a noun and a verb in -s make a plural noun",
            "Several member states said the wording was wrong. Two news reports said the ship sank.",
            "several member states | Several member states | INDIRECT | SAY | the wording was wrong",
            "reports | reports | INDIRECT | SAY | the ship sank"),
        text("a name set off after a trailing description, its native form in brackets",
            "\"Referees are not punching bags,\" said the association's president, Choi Kwang-soo (최광수).",
            "Choi Kwang-soo | the association's president | DIRECT | SAY | Referees are not punching bags,"),
        text("an office after a body's noun is a person's description",
            "\"Sales fell,\" said the company president, John Smith.",
            "John Smith | the company president | DIRECT | SAY | Sales fell,"),
        text("a public body's noun stands for the body named last, past a name no list knows",
            "Four ships entered restricted waters, Taiwan's Coast Guard Administration said. The ships came within a mile of Kinmen's main island, the agency said.",
            "Coast Guard Administration | Taiwan's Coast Guard Administration | INDIRECT | SAY | Four ships entered restricted waters",
            "Coast Guard Administration | the agency | INDIRECT | SAY | The ships came within a mile of Kinmen's main island"),
        text("a public body named after its holder's title",
            "The Office of the Privacy Commissioner of Canada said in a report that Northway had fallen short. It recommended that the bank hire an auditor.",
            "Office of the Privacy Commissioner of Canada | The Office of the Privacy Commissioner of Canada | INDIRECT | SAY | Northway had fallen short",
            "Office of the Privacy Commissioner of Canada | It | INDIRECT | PROPOSE | the bank hire an auditor"),
        text("a public body named after a title the gazetteer gives an office",
            "According to the Office of the US Trade Representative, the US had a surplus.",
            "Office of the United States Trade Representative | the Office of the US Trade Representative | INDIRECT | SAY | the US had a surplus"),
        text("a challenger, a predecessor, a rival: persons by a noun of their standing",
            "The president won, the commission announced, but his main challenger rejected the result and said he would go to court.",
            "the commission | the commission | INDIRECT | ANNOUNCE | The president won",
            "his main challenger | his main challenger | REPORTED_ACT | REJECT | the result",
            "his main challenger | his main challenger | INDIRECT | SAY | he would go to court"),
        text("the holder of an office of a name no list knows",
            "The former finance director of Brightwell Power told a jury that he had warned the board. The owner of the Make Crate subscription service said her products teach coding.",
            "the former finance director of Brightwell Power | The former finance director of Brightwell Power | INDIRECT | SAY | he had warned the board",
            "the owner | The owner | INDIRECT | SAY | her products teach coding"),
        text("the holder of an office of a business described before its name",
            "The former finance director of energy supplier Brightwell Power told a jury that he had warned the board.",
            "the former finance director of energy supplier Brightwell Power | The former finance director of energy supplier Brightwell Power | INDIRECT | SAY | he had warned the board"),
        text("a dateline's dash typed as two hyphens, and the government of the dateline's state",
            "SEOUL, March 5 (Yonhap) -- The government said Tuesday it would suspend the licences.",
            "South Korea | The government | INDIRECT | SAY | it would suspend the licences"),
        text("a time adjunct after a trailing speaker is when it was said, not what",
            "The visit was called off, the ministry said Tuesday, hours after Japan released its white paper.",
            "the ministry | the ministry | INDIRECT | SAY | The visit was called off"),
        text("a state gone to names no state acting for an unqualified body",
            "SEOUL (Yonhap) -- Defense Minister Baek Seung-ho has called off a visit to Tokyo, the Ministry of National Defense said.",
            "Defense Ministry | the Ministry of National Defense | INDIRECT | SAY | Defense Minister Baek Seung-ho has called off a visit to Tokyo"),
        text("a state where something happens still gives an unqualified body its state",
            "Protesters gathered in Beijing. The foreign ministry said the protest was illegal.",
            "Foreign Ministry (China) | The foreign ministry | INDIRECT | SAY | the protest was illegal"),
        text("a medium set off by its description, based elsewhere, and the medium's noun for it later",
            "Iran International, a London-based Persian-language television channel whose staff have been targeted, welcomed the move. In a statement, the channel said it hoped the sanctions would work.",
            "Iran International | Iran International | REPORTED_ACT | WELCOME | the move",
            "Iran International | the channel | INDIRECT | SAY | it hoped the sanctions would work"),
        text("compound modifiers describe and name no one",
            "The Saudi-led coalition said it struck the port. Zorvex, a London-based television channel, said it would sue.",
            "the Saudi-led coalition | The Saudi-led coalition | INDIRECT | SAY | it struck the port",
            "Zorvex | Zorvex | INDIRECT | SAY | it would sue"),
        text("a business's noun describes a name set off after it",
            "Zorvex, a carmaker, said it would cut jobs. The carmaker said sales fell.",
            "Zorvex | Zorvex | INDIRECT | SAY | it would cut jobs",
            "Zorvex | The carmaker | INDIRECT | SAY | sales fell"),
        text("an organisation's description right before its name no list knows",
            "Workers of the Lyon-based medical charity Aide Medicale Sahel were freed. The charity said its staff were safe. Defence lawyer Anna Berg told the court Smith had lied.",
            "Aide Medicale Sahel | The charity | INDIRECT | SAY | its staff were safe",
            "Anna Berg | Anna Berg | INDIRECT | SAY | Smith had lied"),
        text("a member of a state's group",
            "The delegations agreed on a swap, according to a member of the Ukrainian delegation who spoke on condition of anonymity. A member of China's negotiating team said the talks would continue.",
            "a member of the Ukrainian delegation | a member of the Ukrainian delegation | INDIRECT | SAY | The delegations agreed on a swap",
            "a member of China's negotiating team | A member of China's negotiating team | INDIRECT | SAY | the talks would continue"),
        text("members of a state's group as the object of what was said",
            "Three members of the Chinese team were injured, the police said.",
            "the police | the police | INDIRECT | SAY | Three members of the Chinese team were injured"),
        text("what is added goes on with what was said, not with what was reported inside it",
            "The minister said both sides had agreed to meet again, adding that the atmosphere had been good.",
            "the minister | The minister | INDIRECT | SAY | both sides had agreed to meet again",
            "both sides | both sides | REPORTED_ACT | AGREE | to meet again",
            "the minister | The minister | INDIRECT | SAY | the atmosphere had been good"),
        text("another participle after a report inside what was said is the reported subject's",
            "Three EU diplomats said Italy had asked for whiskey to be dropped from the list, fearing retaliation.",
            "three EU diplomats | Three EU diplomats | INDIRECT | SAY | Italy had asked for whiskey to be dropped from the list, fearing retaliation",
            "Italy | Italy | INDIRECT | ASK | to be dropped from the list",
            "Italy | Italy | REPORTED_ACT | EXPRESS_CONCERN | retaliation"),
        text("a legal form ends a business's name",
            "Rheinhold AG said it would cut 4,800 jobs. Vale SA said output fell. Acting AG Jeff Sessions said the law was clear.",
            "Rheinhold AG | Rheinhold AG | INDIRECT | SAY | it would cut 4,800 jobs",
            "Vale SA | Vale SA | INDIRECT | SAY | output fell",
            "Acting AG Jeff Sessions | Acting AG Jeff Sessions | INDIRECT | SAY | the law was clear"),
        text("a known business with its legal form",
            "Nokia Oyj said sales rose. The company said it would hire.",
            "Nokia | Nokia Oyj | INDIRECT | SAY | sales rose",
            "Nokia | The company | INDIRECT | SAY | it would hire"),
        text("a participle opening a sentence is no name the company may be",
            "Acme Corp said it would cut jobs. Adjusted earnings dropped 54%, the company said.",
            "Acme Corp | Acme Corp | INDIRECT | SAY | it would cut jobs",
            "Acme Corp | the company | INDIRECT | SAY | Adjusted earnings dropped 54%"),
        text("a place's level of government before one of its bodies",
            "The Tabasco state prosecutor's office said four men were detained. The Sindh provincial health department said 40 people had died.",
            "the Tabasco state prosecutor's office | The Tabasco state prosecutor's office | INDIRECT | SAY | four men were detained",
            "the Sindh provincial health department | The Sindh provincial health department | INDIRECT | SAY | 40 people had died"),
        text("a place and a body's noun without a level of government are no body",
            "The Oaxaca museum said the paintings were stolen.",
            "the Oaxaca museum | The Oaxaca museum | INDIRECT | SAY | the paintings were stolen"),
        text("a person of a place's body is no body",
            "The Texas state department spokesman said the rule stands.",
            "state department spokesman | state department spokesman | INDIRECT | SAY | the rule stands"),
        text("review: a place's qualifier is no given name",
            "Officials in Metro Vancouver said the water was safe. Jimmy Wales said the site would not comply.",
            "officials | Officials | INDIRECT | SAY | the water was safe",
            "Jimmy Wales | Jimmy Wales | INDIRECT | SAY | the site would not comply"),
        text("review: surnames that are places, asides with another's pronoun, ties of others, objects named since",
            "Jimmy Wales, the founder of Wikipedia, said the site would not comply. Lynndie England told the court"
                + " she had followed orders. Patricia Scotland said the summit was a success. Scotland added that"
                + " funding would double. Kim Soo-hyun, her lawyer, said the actress would sue. He added that the"
                + " claims were false.",
            "Jimmy Wales | Jimmy Wales | INDIRECT | SAY | the site would not comply",
            "Lynndie England | Lynndie England | INDIRECT | SAY | she had followed orders",
            "Patricia Scotland | Patricia Scotland | INDIRECT | SAY | the summit was a success",
            "Patricia Scotland | Scotland | INDIRECT | SAY | funding would double",
            "Kim Soo-hyun | Kim Soo-hyun | INDIRECT | SAY | the actress would sue",
            "Kim Soo-hyun | He | INDIRECT | SAY | the claims were false"),
        text("review: another's tie, a bank named as an object, a state's possessive before a company, a while clause"
                + " inside what was said, a title held in a capital",
            "Her father, Tom Reed, said she had been missing. The father of the accused said his son was innocent."
                + " The bank said profits rose. It lent 2 billion dollars to Evergrande Group. The bank said it was"
                + " well capitalised. South Korea's Hyundai Motor Co. said it would build a plant. The army said three"
                + " militants were killed, while two soldiers were wounded, saying the operation was continuing."
                + " Russian Ambassador in Washington Anatoly Antonov said the sanctions would fail.",
            "Tom Reed | Tom Reed | INDIRECT | SAY | she had been missing",
            "the father | The father | INDIRECT | SAY | his son was innocent",
            "the bank | The bank | INDIRECT | SAY | profits rose",
            "the bank | The bank | INDIRECT | SAY | it was well capitalised",
            "Hyundai Motor Co | South Korea's Hyundai Motor Co | INDIRECT | SAY | it would build a plant",
            "Army | The army | INDIRECT | SAY | three militants were killed",
            "Army | The army | INDIRECT | SAY | the operation was continuing",
            "Russian Ambassador | Russian Ambassador | INDIRECT | SAY | the sanctions would fail"),
        text("questioning people and adding things are no speech; an indefinite description brings in the one the"
                + " definite names again",
            "Police were questioning the driver, officials said. The hospital had added 120 emergency beds, its"
                + " director said. Critics questioned whether the plan would work. Keep Carrowdale Learning, a group"
                + " set up by parents last fall, said it had raised money. The division did not hold the"
                + " consultation, the group said.",
            "officials | officials | INDIRECT | SAY | Police were questioning the driver",
            "its director | its director | INDIRECT | SAY | The hospital had added 120 emergency beds",
            "critics | Critics | INDIRECT | CLAIM | whether the plan would work",
            "Keep Carrowdale Learning | Keep Carrowdale Learning | INDIRECT | SAY | it had raised money",
            "Keep Carrowdale Learning | the group | INDIRECT | SAY | The division did not hold the consultation"),
        text("a possessive pronoun in an aside after a name tells the person's gender",
            "\"I trusted my engineers,\" Ntshangase said. State prosecutor Naledi Mahlangu, on her third day of"
                + " questioning, told him that the tender had been changed. \"This is simply not true,\" he replied.",
            "Ntshangase | Ntshangase | DIRECT | SAY | I trusted my engineers,",
            "Naledi Mahlangu | State prosecutor Naledi Mahlangu | INDIRECT | SAY | the tender had been changed",
            "Ntshangase | he | DIRECT | RESPOND | This is simply not true,"),
        text("a tie with the stands for the person given that tie",
            "Her father, Tom Reed, said she was kind. The father said the police were slow.",
            "Tom Reed | Tom Reed | INDIRECT | SAY | she was kind",
            "Tom Reed | The father | INDIRECT | SAY | the police were slow"),
        text("an Arabic surname without its article is the same person",
            "Tamimi's lawyer, Haidar Salman al-Shammari, told AFP that his client would appeal. \"My client is"
                + " paying for the sins of others,\" Shammari said.",
            "Haidar Salman al-Shammari | Haidar Salman al-Shammari | INDIRECT | SAY | his client would appeal",
            "Haidar Salman al-Shammari | Shammari | DIRECT | SAY | My client is paying for the sins of others,"),
        text("a person with role words before of and a description of the body after it",
            "Toshiko Amemiya, policy chief of the Japan Innovation Party, the Liberal Democratic Party's coalition"
                + " partner, said her party would support the change. Tom Reed, head of the Acme Group, the"
                + " country's largest firm, said sales fell.",
            "Toshiko Amemiya | Toshiko Amemiya | INDIRECT | SAY | her party would support the change",
            "Tom Reed | Tom Reed | INDIRECT | SAY | sales fell"),
        text("an organisation named since a description stood alone is what the description's noun stands for",
            "West African leaders met on Sunday for a summit dominated by the bloc's deepening rift with the juntas."
                + " Elections must be held by December, the Economic Community of West African States said. The bloc"
                + " warned that it would impose sanctions.",
            "Economic Community of West African States | the Economic Community of West African States | INDIRECT"
                + " | SAY | Elections must be held by December",
            "Economic Community of West African States | The bloc | INDIRECT | WARN | it would impose sanctions"),
        text("a warning that modifies another noun is no noun of speech",
            "Dr Tobias Grennell told the inquest in Norwich that an early warning score recorded at triage should"
                + " have triggered an immediate review by a senior doctor. \"It was missed,\" he said.",
            "Tobias Grennell | Dr Tobias Grennell | INDIRECT | SAY | an early warning score recorded at triage should"
                + " have triggered an immediate review by a senior doctor",
            "Tobias Grennell | he | DIRECT | SAY | It was missed,"),
        text("a time that owns what follows is no adjunct; a name set off by an organisation's description",
            "The opposition rejected the results of last week's presidential election. Jamaat-e-Islami,"
                + " Bangladesh's largest Islamist party, rejected the count. The party said the vote was rigged."
                + " Zorvex, a local charity, said it would appeal.",
            "the opposition | The opposition | REPORTED_ACT | REJECT | the results of last week's presidential"
                + " election",
            "Jamaat-e-Islami | Jamaat-e-Islami | REPORTED_ACT | REJECT | the count",
            "Jamaat-e-Islami | The party | INDIRECT | SAY | the vote was rigged",
            "Zorvex | Zorvex | INDIRECT | SAY | it would appeal"),
        text("a state's adjective before a field of study gives no country",
            "\"Pyongyang is drawing a line,\" said Choi Hyun-seo, a professor of North Korean studies. Chinese"
                + " officials said the talks had failed.",
            "Choi Hyun-seo | Choi Hyun-seo | DIRECT | SAY | Pyongyang is drawing a line,",
            "Chinese officials | Chinese officials | INDIRECT | SAY | the talks had failed"),
        text("a capitalised title with where it is held, then the holder's name before the cue",
            "Exercising India's right of reply, First Secretary in India's Permanent Mission to the UN Shreya"
                + " Raghunath said the Pakistani leader had lied. Researchers in Germany said the data were sound.",
            "Shreya Raghunath | Shreya Raghunath | INDIRECT | SAY | the Pakistani leader had lied",
            "researchers in Germany | Researchers in Germany | INDIRECT | SAY | the data were sound"),
        text("the agent of figures released, a business's noun with where it is based, a name that opens what a"
                + " business said",
            "The BNP won 209 seats, according to final results released by the Election Commission. FRANKFURT,"
                + " March 4 (Reuters) - Lindenau will cut 9,500 jobs, the carmaker said. The cuts will be voluntary,"
                + " the Munich-based company said. Analysts said Lindenau had been slow.",
            "Election Commission | Election Commission | INDIRECT | SAY | The BNP won 209 seats",
            "Lindenau | the carmaker | INDIRECT | SAY | Lindenau will cut 9,500 jobs",
            "Lindenau | the Munich-based company | INDIRECT | SAY | The cuts will be voluntary",
            "analysts | Analysts | INDIRECT | SAY | Lindenau had been slow"),
        text("a sentence's first word that is no name elsewhere does not hide the business named before",
            "Kaiyuan Semiconductor Manufacturing said on Thursday that revenue had risen. Net income rose 39%, the"
                + " Hsinchu-based company said. Volkswagen bought a stake in Rivian last year. The California-based"
                + " company said the deal would speed up production.",
            "Kaiyuan Semiconductor Manufacturing | Kaiyuan Semiconductor Manufacturing | INDIRECT | SAY | revenue had"
                + " risen",
            "Kaiyuan Semiconductor Manufacturing | the Hsinchu-based company | INDIRECT | SAY | Net income rose 39%",
            "the California-based company | The California-based company | INDIRECT | SAY | the deal would speed up"
                + " production"),
        text("more nouns of businesses before a name no list knows",
            "Second-quarter profit at Brazilian meatpacker Parana Alimentos fell 41%, the company said. Greens"
                + " lawmaker Lukas Brandl said the plan was flawed.",
            "Parana Alimentos | the company | INDIRECT | SAY | Second-quarter profit at Brazilian meatpacker Parana"
                + " Alimentos fell 41%",
            "Lukas Brandl | Lukas Brandl | INDIRECT | SAY | the plan was flawed"),
        text("what was urged ends before the speaker's next deed after and and an adverb",
            "Beijing responded by urging Chinese citizens to avoid travel to Japan and later suspended imports of"
                + " seafood. The mayor urged residents to stay indoors and keep windows closed.",
            "China | Beijing | INDIRECT | URGE | to avoid travel to Japan",
            "the mayor | The mayor | INDIRECT | URGE | to stay indoors and keep windows closed"),
        text("a name with and whose abbreviation in brackets takes in both parts",
            "Scottish and Southern Electricity Networks (SSEN), which runs the grid, said engineers had restored"
                + " power. SSEN said more work was needed.",
            "Scottish and Southern Electricity Networks | Scottish and Southern Electricity Networks | INDIRECT | SAY"
                + " | engineers had restored power",
            "Scottish and Southern Electricity Networks | SSEN | INDIRECT | SAY | more work was needed"),
        text("a state's name before a counterpart in a list of speakers; not a state listed before a verb",
            "Australian Prime Minister Daniel Hartigan and his Papua New Guinea counterpart Peter Kapi on Friday"
                + " hailed the treaty. An official said the US and Japan would issue a joint statement on Friday.",
            "Daniel Hartigan | Australian Prime Minister Daniel Hartigan | REPORTED_ACT | PRAISE | the treaty",
            "Peter Kapi | Peter Kapi | REPORTED_ACT | PRAISE | the treaty",
            "an official | An official | INDIRECT | SAY | the US and Japan would issue a joint statement on Friday"),
        text("what was urged after an addressee with a relative clause",
            "Sheriff Marcus Hale urged residents who had received warnings to leave without waiting for deputies."
                + " The mayor asked people who live near the river to stay indoors.",
            "Marcus Hale | Sheriff Marcus Hale | INDIRECT | URGE | to leave without waiting for deputies",
            "the mayor | The mayor | INDIRECT | ASK | to stay indoors"),
        text("institutions' nouns stand for the organisation named last",
            "The National Museum of Denmark displayed the hoard on Monday. The hoard was buried around 980,"
                + " according to the museum, which said most of the coins were Arabic dirhams.",
            "National Museum of Denmark | the museum | INDIRECT | SAY | The hoard was buried around 980",
            "National Museum of Denmark | the museum | INDIRECT | SAY | most of the coins were Arabic dirhams"),
        text("what a source's words are called after its possessive, regions' adjectives with a compass word",
            "The robot carries sensors, according to ISRO's mission brochure. Cambodia had pushed to soften the"
                + " paragraph, said a Southeast Asian diplomat involved in the drafting, who asked not to be named."
                + " An East Asian official said the talks would resume.",
            "Indian Space Research Organisation | ISRO | INDIRECT | SAY | The robot carries sensors",
            "a Southeast Asian diplomat involved in the drafting | a Southeast Asian diplomat involved in the"
                + " drafting | INDIRECT | SAY | Cambodia had pushed to soften the paragraph",
            "an East Asian official | An East Asian official | INDIRECT | SAY | the talks would resume"),
        text("a state's name and a region's word beginning a company's name",
            "Japan Railway Co. said services would remain suspended. East Japan Railway Co. said trains would run"
                + " on Friday. Central Japan Railway Company said services would resume.",
            "Japan Railway Co | Japan Railway Co | INDIRECT | SAY | services would remain suspended",
            "East Japan Railway Co | East Japan Railway Co | INDIRECT | SAY | trains would run on Friday",
            "Central Japan Railway Company | Central Japan Railway Company | INDIRECT | SAY | services would"
                + " resume"),
        text("a participle after a while or but clause is that clause's subject's",
            "Karin Ekdahl called for tougher penalties for fans, while Svensk Elitfotboll, the association of the"
                + " top clubs, defended the clubs' work, saying incidents had fallen. The ministry said the plan was"
                + " sound, but the opposition rejected it, calling it reckless.",
            "Karin Ekdahl | Karin Ekdahl | REPORTED_ACT | DEMAND | tougher penalties for fans",
            "Svensk Elitfotboll | Svensk Elitfotboll | INDIRECT | SAY | incidents had fallen",
            "the ministry | The ministry | INDIRECT | SAY | the plan was sound",
            "the opposition | the opposition | INDIRECT | SAY | it reckless"),
        text("regulators and watchdogs as bodies, the people as a plural source, a relative clause's object before an"
                + " inverted cue",
            "The corporate regulator has sued the fund, alleging it failed to pay claims on time. Mark Calloway and"
                + " Shinya Moriguchi will sign the plans on Tuesday, the people said. They said the two sides were"
                + " also discussing missiles. The bus, which was carrying 45 passengers, fell 150 metres, said"
                + " Superintendent Sakshi Verma.",
            "the corporate regulator | The corporate regulator | INDIRECT | CLAIM | it failed to pay claims on time",
            "the people | the people | INDIRECT | SAY | Mark Calloway and Shinya Moriguchi will sign the plans on"
                + " Tuesday",
            "the people | They | INDIRECT | SAY | the two sides were also discussing missiles",
            "Sakshi Verma | Superintendent Sakshi Verma | INDIRECT | SAY | The bus, which was carrying 45"
                + " passengers, fell 150 metres"),
        text("a relative clause's subject before its cue still speaks",
            "Tom Reed, who was with the passengers, said the bus fell. The man, who had attacked two officers, was"
                + " arrested, police said.",
            "Tom Reed | Tom Reed | INDIRECT | SAY | the bus fell",
            "police | police | INDIRECT | SAY | The man, who had attacked two officers, was arrested"),
        text("abbreviated governors' titles, asides of place before the cue, a group's head named, press names",
            "Gov. Elena Vasquez declared a state of emergency and said federal funds had been secured. Lt. Gov. Tom"
                + " Reyes said the fire was contained. Acme Foods, headquartered in Austin, Texas, said it had"
                + " stopped production. Fromagerie Val-des-Cedres, based in Saint-Hyacinthe, Que., said it was"
                + " cooperating with inspectors. Tom Reed, a teacher in Leeds, England, said the school was closed."
                + " The head of the Russian delegation, presidential aide Gennady Ostrovsky, said Moscow's"
                + " conditions had not changed. Tempo magazine reported last week that the bribes had been paid.",
            "Elena Vasquez | Gov. Elena Vasquez | INDIRECT | SAY | federal funds had been secured",
            "Tom Reyes | Lt. Gov. Tom Reyes | INDIRECT | SAY | the fire was contained",
            "Acme Foods | Acme Foods | INDIRECT | SAY | it had stopped production",
            "Fromagerie Val-des-Cedres | Fromagerie Val-des-Cedres | INDIRECT | SAY | it was cooperating with"
                + " inspectors",
            "Tom Reed | Tom Reed | INDIRECT | SAY | the school was closed",
            "Gennady Ostrovsky | Gennady Ostrovsky | INDIRECT | SAY | Moscow's conditions had not changed",
            "Tempo | Tempo magazine | INDIRECT | REPORT | the bribes had been paid"),
        text("the mother of one victim named stays the speaker; the mayor of a place in a state",
            "The mother of one victim, Jacques Perrin, said the police had been slow. The mayor of Austin, Texas,"
                + " said the roads were open.",
            "the mother | The mother | INDIRECT | SAY | the police had been slow",
            "the mayor | The mayor | INDIRECT | SAY | the roads were open"),
        text("a portfolio list in a body's name, media's kinds and addresses, the remarks made again",
            "A spokesperson for the Department for Culture, Media and Sport said the decision was for museums."
                + " Adaeze Nwosu defended the price rise in a televised address on Sunday. Llorente criticised the"
                + " ruling on the radio station COPE. The official made the remarks in a speech on Monday.",
            "a spokesperson for the Department for Culture, Media and Sport | A spokesperson for the Department"
                + " for Culture, Media and Sport | INDIRECT | SAY | the decision was for museums",
            "Adaeze Nwosu | Adaeze Nwosu | REPORTED_ACT | INSIST | the price rise",
            "Llorente | Llorente | REPORTED_ACT | CRITICIZE | the ruling"),
        text("a name ending a described aside, a relative clause opened with 'whose'",
            "Her coach, the former Ethiopian steeplechaser Getachew Bekele, said she had trained hard. One victim,"
                + " a 74-year-old widow from Molndal, said she had lost her savings. Kestrel chief executive Nadia"
                + " Farouk, whose company is a rival based in Austin, Texas, called the ruling \"long overdue\".",
            "Getachew Bekele | Getachew Bekele | INDIRECT | SAY | she had trained hard",
            "one victim | One victim | INDIRECT | SAY | she had lost her savings",
            "Nadia Farouk | chief executive Nadia Farouk | MIXED | SAY | the ruling \"long overdue\""),
        text("a delegate from somewhere, a man identifying himself, troops responding",
            "Members have called for a pause, a delegate from one of the eight countries said. A man identifying"
                + " himself as a spokesman said the hostages were freed. The army said troops had responded"
                + " \"effectively\". Police responded to calls for calm.",
            "a delegate | a delegate | INDIRECT | SAY | Members have called for a pause",
            "Members | Members | REPORTED_ACT | DEMAND | a pause",
            "a spokesman | a spokesman | INDIRECT | SAY | the hostages were freed",
            "Army | The army | MIXED | SAY | troops had responded \"effectively\"",
            "Police | Police | REPORTED_ACT | RESPOND | to calls for calm"),
        text("edges: a call for something made in a statement, an identification, a crowd's protest",
            "The foreign ministry called in a statement for a ceasefire. Police confirmed Tomasz Wrona as the"
                + " driver. Farmers in France protested on Tuesday against the deal. China protested on Monday"
                + " against the arms sale.",
            "Foreign Ministry | The foreign ministry | INDIRECT | SAY | in a statement for a ceasefire",
            "Police | Police | REPORTED_ACT | CONFIRM | Tomasz Wrona as the driver",
            "China | China | REPORTED_ACT | DENOUNCE | against the arms sale"),
        text("edges: the head of what is welcomed or defended, representations made, the one apologised to",
            "The White House welcomed the return of hostages. Troops defended the airport for 242 days. The"
                + " company made false representations to investors. The airline apologised to passengers for the"
                + " delay and promised compensation.",
            "White House | The White House | REPORTED_ACT | WELCOME | the return of hostages",
            "the airline | The airline | REPORTED_ACT | APOLOGIZE | the delay",
            "the airline | The airline | REPORTED_ACT | PROMISE | compensation"),
        text("edges: a while clause urged, a participle as a subject, a former leader's office, told and warned",
            "Police urged drivers to avoid the motorway while the bridge is inspected. Admitting that mistakes"
                + " were made is the first step, the minister said. The president told the committee and warned"
                + " that the deficit would grow. Saying that the war is over does not make it so, Lee said.",
            "Police | Police | INDIRECT | URGE | to avoid the motorway while the bridge is inspected",
            "the minister | the minister | INDIRECT | SAY | Admitting that mistakes were made is the first step",
            "the president | The president | INDIRECT | WARN | the deficit would grow",
            "Lee | Lee | INDIRECT | SAY | Saying that the war is over does not make it so"),
        text("edges: a state's military is no city's body; a former president's office is the person's",
            "The Seoul military said it fired warning shots. Former Brazilian President Carlos Mendes's office"
                + " said he was ill.",
            "the Seoul military | The Seoul military | INDIRECT | SAY | it fired warning shots",
            "Office of Carlos Mendes | Brazilian President Carlos Mendes's office | INDIRECT | SAY | he was ill"),
        text("a name inside a phrase before a trailing description and its cue is no apposition of it",
            "Investigators gathered evidence of killings in the city of El Fasher, the court's deputy prosecutor"
                + " told the council. The son of Tom Hale, the founder, said the firm would close.",
            "the court's deputy prosecutor | the court's deputy prosecutor | INDIRECT | SAY | Investigators"
                + " gathered evidence of killings in the city of El Fasher",
            "the son of Tom Hale | The son of Tom Hale | INDIRECT | SAY | the firm would close"),
        text("a medium after a comma ends a clause said; a source after 'while' ends a trailing adjunct",
            "A former captain has said he was ordered to burn villages, in an interview published on Wednesday."
                + " No ransom was paid, a French official said on condition of anonymity, while a source familiar"
                + " with the talks said Qatar paid.",
            "a former captain | A former captain | INDIRECT | SAY | he was ordered to burn villages",
            "a French official | a French official | INDIRECT | SAY | No ransom was paid",
            "a source familiar with the talks | a source familiar with the talks | INDIRECT | SAY | Qatar paid"),
        text("'when' after a time of day stays in what was said; an expectation after 'and' goes on with it",
            "Colonel Rajiv Menon said the exchange began at around 11:30 p.m., when soldiers fired at posts."
                + " Halvorsen Aerospace said it had no sales in China and expected the measures to have no impact.",
            "Rajiv Menon | Colonel Rajiv Menon | INDIRECT | SAY | the exchange began at around 11:30 p.m., when"
                + " soldiers fired at posts",
            "Halvorsen Aerospace | Halvorsen Aerospace | INDIRECT | SAY | it had no sales in China and expected"
                + " the measures to have no impact"),
        text("the office of a head of state or government of a known country is that state's office",
            "Indonesian President Arif Santoso's office said the decision was respected.",
            "Presidential Office (Indonesia) | Indonesian President Arif Santoso's office | INDIRECT | SAY | the"
                + " decision was respected"),
        text("a phrase of place or time after a trailing speaker's cue, before the speaker's next act",
            "Prices rose, the minister said in a televised statement, adding that wages fell. Rents rose, the"
                + " mayor told reporters in Lisbon, calling it a crisis.",
            "the minister | the minister | INDIRECT | SAY | Prices rose",
            "the minister | the minister | INDIRECT | SAY | wages fell",
            "the mayor | the mayor | INDIRECT | SAY | Rents rose",
            "the mayor | the mayor | INDIRECT | SAY | it a crisis"),
        text("where the first act was done is no subject of the next",
            "Transport Minister Callum Reid congratulated Tane in a post on social media but warned that the"
                + " government would not pay.",
            "Callum Reid | Transport Minister Callum Reid | REPORTED_ACT | PRAISE | Tane",
            "Callum Reid | Transport Minister Callum Reid | INDIRECT | WARN | the government would not pay"),
        text("a place no list knows before the police, or a force's name ending in Police",
            "Four skiers were killed on Sunday, Tyrol state police said. The bridge fell, according to Brazil's"
                + " Federal Highway Police.",
            "Tyrol state police | Tyrol state police | INDIRECT | SAY | Four skiers were killed on Sunday",
            "Federal Highway Police | Brazil's Federal Highway Police | INDIRECT | SAY | The bridge fell"),
        text("a body of a place before its cue, and an aide to someone",
            "The emergency management bureau of Yancheng city said that six workers were missing. He paid for"
                + " it himself, an aide to the prime minister told Kyodo News.",
            "the emergency management bureau | The emergency management bureau | INDIRECT | SAY | six workers"
                + " were missing",
            "an aide | an aide | INDIRECT | SAY | He paid for it himself"),
        text("'while' in an infinitive urged, and 'when' after a day, stay in what was said",
            "Mayor Dana Kowalczyk urged residents to stay away while investigators worked. Martin Hale said the"
                + " attack was found early on Tuesday, when staff could not open records.",
            "Dana Kowalczyk | Mayor Dana Kowalczyk | INDIRECT | URGE | to stay away while investigators worked",
            "Martin Hale | Martin Hale | INDIRECT | SAY | the attack was found early on Tuesday, when staff could"
                + " not open records"),
        text("a time ending the sentence after 'told' and its addressee is no part of what was told",
            "Paying respects was right, Tadashi Hirabayashi told reporters afterwards. He told reporters on"
                + " Monday the talks failed.",
            "Tadashi Hirabayashi | Tadashi Hirabayashi | INDIRECT | SAY | Paying respects was right",
            "Tadashi Hirabayashi | He | INDIRECT | SAY | the talks failed"),
        text("a source at the end after 'but' and a clause whose cue came before",
            "Neither club confirmed the fee, but the Rotterdam club paid about 18 million euros, according to"
                + " the newspaper.",
            "the newspaper | the newspaper | INDIRECT | SAY | the Rotterdam club paid about 18 million euros"),
        text("strikes called, goods recalled by count, people welcomed: no speech",
            "The strike was called by the union. Nordvik Home recalled about 310,000 air fryers. Fishermen"
                + " welcomed Rohingya survivors in 2015. Japan welcomed the agreement.",
            "Japan | Japan | REPORTED_ACT | WELCOME | the agreement"),
        text("apologising to someone for something: the something",
            "The company apologised to customers for the disruption.",
            "the company | The company | REPORTED_ACT | APOLOGIZE | the disruption"),
        text("a press release is a document, and its author after 'from' speaks",
            "According to a press release from the Federal Foreign Office, Germany will fund the program."
                + " According to a joint press release, the two governments will hold talks.",
            "Federal Foreign Office | the Federal Foreign Office | INDIRECT | SAY | Germany will fund the program",
            "a joint press release | a joint press release | INDIRECT | SAY | the two governments will hold"
                + " talks"),
        text("a source's tail word with no phrase after it ends the source",
            "Minister Fernando Garrido praised the officers involved and said Spain was a gateway for cocaine.",
            "Fernando Garrido | Minister Fernando Garrido | REPORTED_ACT | PRAISE | the officers involved",
            "Fernando Garrido | Minister Fernando Garrido | INDIRECT | SAY | Spain was a gateway for cocaine"),
        text("a curator, a teenager: roles that name the person before",
            "Dr Elin Morgan, the museum's curator of Roman archaeology, said the coins were old. The curator added"
                + " that an inquest would decide.",
            "Elin Morgan | Dr Elin Morgan | INDIRECT | SAY | the coins were old",
            "Elin Morgan | The curator | INDIRECT | SAY | an inquest would decide"),
        text("a portfolio word before 'and' and a title, and an opposition candidate's title",
            "Law and Institutional Reform Minister Azlina Yusof said the bill would pass. Bolivian opposition"
                + " candidate Rodrigo Salvatierra said the count was rigged.",
            "Azlina Yusof | Law and Institutional Reform Minister Azlina Yusof | INDIRECT | SAY | the bill would"
                + " pass",
            "Rodrigo Salvatierra | Bolivian opposition candidate Rodrigo Salvatierra | INDIRECT | SAY | the count"
                + " was rigged"),
        text("a state's television is a source of that state, but not after a medium's name",
            "Iranian state television reported that the ministry had summoned the envoys. Al-Qahera News"
                + " television reported that a delegation had arrived.",
            "Iranian state television | Iranian state television | INDIRECT | REPORT | the ministry had summoned"
                + " the envoys",
            "Al-Qahera News television | Al-Qahera News television | INDIRECT | REPORT | a delegation had"
                + " arrived"),
        text("a prefecture, a fire and rescue service, and a body of a capital",
            "Three firefighters were hurt, according to the prefecture. The fire spread, the fire and rescue"
                + " service said. The road was shut, the Tokyo fire department said.",
            "the prefecture | the prefecture | INDIRECT | SAY | Three firefighters were hurt",
            "the fire and rescue service | the fire and rescue service | INDIRECT | SAY | The fire spread",
            "the Tokyo fire department | the Tokyo fire department | INDIRECT | SAY | The road was shut"),
        text("defending a stand is said, defending ground or a title is not",
            "Quispe had defended the conduct of officers during the protests. Troops defended the city. The"
                + " champion defended her title. Fish defend themselves from bacteria.",
            "Quispe | Quispe | REPORTED_ACT | INSIST | the conduct of officers"),
        text("the second verb of a relative clause still open is its antecedent's",
            "Sandhu, 46, replaces Martin Lebel, who had held the finance portfolio since 2023 and announced last"
                + " week that he would not run again.",
            "Martin Lebel | Martin Lebel | INDIRECT | ANNOUNCE | he would not run again"),
        text("an apposition to a relative clause between the speaker and the cue",
            "Dr Annette Vogler, who is on a four-day state visit, the first by a German head of state since 2017,"
                + " said Germany regarded Singapore as a partner.",
            "Annette Vogler | Dr Annette Vogler | INDIRECT | SAY | Germany regarded Singapore as a partner"),
        text("a time after 'and' before a new speaker and cue ends what was said",
            "Finance Minister Sri Nugroho said on Monday that lower borrowing costs were needed, and on Tuesday"
                + " she asked the central bank to cut rates.",
            "Sri Nugroho | Finance Minister Sri Nugroho | INDIRECT | SAY | lower borrowing costs were needed",
            "Sri Nugroho | she | INDIRECT | ASK | to cut rates"),
        text("a trailing source after a subordinate clause that follows another speaker's cue",
            "A truce will take effect on Tuesday, the Saudi foreign ministry said on Monday, even as shelling"
                + " continued around the city, according to residents.",
            "Foreign Ministry (Saudi Arabia) | the Saudi foreign ministry | INDIRECT | SAY | A truce will take"
                + " effect on Tuesday",
            "residents | residents | INDIRECT | SAY | shelling continued around the city"),
        text("a place or a medium's kind after the addressee is no part of what was told",
            "The train hit the wagons, the governor told reporters at the scene. Lamas will be appointed, a"
                + " government source told the Europa Press news agency. The captain told Wikinews radio"
                + " broadcasts were used.",
            "the governor | the governor | INDIRECT | SAY | The train hit the wagons",
            "a government source | a government source | INDIRECT | SAY | Lamas will be appointed",
            "the captain | The captain | INDIRECT | SAY | radio broadcasts were used"),
        text("a participle of speech with 'that' opening the sentence is the main clause subject's",
            "Noting that this year marks the 35th anniversary of ties, Liu said China is ready to work with"
                + " Singapore. Stressing that the talks were vital, the minister said the deal was near.",
            "Liu | Liu | INDIRECT | SAY | this year marks the 35th anniversary of ties",
            "Liu | Liu | INDIRECT | SAY | China is ready to work with Singapore",
            "the minister | the minister | INDIRECT | SAY | the talks were vital",
            "the minister | the minister | INDIRECT | SAY | the deal was near"),
        text("a verb with 'that' after 'and' goes on with the first speaker, past a reported auxiliary",
            "Foreign Minister Zoltan Bakos said Budapest had agreed to the package and warned that further steps"
                + " could close the channels.",
            "Zoltan Bakos | Foreign Minister Zoltan Bakos | INDIRECT | SAY | Budapest had agreed to the package",
            "Hungary | Budapest | REPORTED_ACT | AGREE | to the package",
            "Zoltan Bakos | Foreign Minister Zoltan Bakos | INDIRECT | WARN | further steps could close the"
                + " channels"),
        text("lodging representations, however described, is a protest",
            "China has lodged diplomatic representations with South Korea over the remark. A spokesman said"
                + " Beijing had lodged \"stern representations\" with Washington.",
            "China | China | REPORTED_ACT | DENOUNCE | diplomatic representations",
            "a spokesman | A spokesman | MIXED | SAY | Beijing had lodged \"stern representations\" with Washington",
            "China | Beijing | REPORTED_ACT | DENOUNCE | \"stern representations\""),
        text("calling off, in or up is no speech, nor calling on someone without what is urged",
            "China has called off a round of talks with the United States. The army called in the air force."
                + " Dr Vogler called on Prime Minister Lim Boon Keat at the Istana. The ministry called on Tokyo"
                + " to reconsider the plan.",
            "the ministry | The ministry | INDIRECT | URGE | to reconsider the plan"),
        text("confirming a named person as a holder of a post is an appointment",
            "The congress closed after delegates confirmed former health minister Marta Lobo as the party's"
                + " new leader. The ministry confirmed Tokyo as the venue.",
            "the ministry | The ministry | REPORTED_ACT | CONFIRM | Tokyo as the venue"),
        text("protesting at a place says nothing",
            "Police dispersed students protesting outside Congress against cuts. Farmers protested in the"
                + " streets. The union protested in a letter that the plan was unfair.",
            "the union | The union | INDIRECT | DENOUNCE | the plan was unfair"),
        text("the demand of a market is no demand made",
            "Harju said weak European demand for boxboard had hurt the mill. Strong Chinese demand for soybeans"
                + " lifted prices.",
            "Harju | Harju | INDIRECT | SAY | weak European demand for boxboard had hurt the mill"),
        text("a medium reporting that another said what the sentence said before them",
            "The hospital treated 25 people, Reuters reported the governor said. Reuters reported its source said"
                + " five died.",
            "Reuters | Reuters | INDIRECT | REPORT | The hospital treated 25 people",
            "the governor | the governor | INDIRECT | SAY | The hospital treated 25 people",
            "Reuters | Reuters | INDIRECT | REPORT | its source said five died",
            "source | source | INDIRECT | SAY | five died"),
        text("the document a statement was made in, before the clause",
            "The institute said in its report, the fault makes the province active. The minister said in her"
                + " letter the plan would fail. The ministry said in a statement, the talks failed.",
            "the institute | The institute | INDIRECT | SAY | the fault makes the province active",
            "the minister | The minister | INDIRECT | SAY | the plan would fail",
            "the ministry | The ministry | INDIRECT | SAY | the talks failed"),
        text("emergency ministries take their country from the text; agencies of disasters are known",
            "A gas explosion hit Magnitogorsk, Russia. The Emergencies Ministry said 39 died. The USGS said the quake"
                + " measured 5.8.",
            "Emergencies Ministry (Russia) | The Emergencies Ministry | INDIRECT | SAY | 39 died",
            "United States Geological Survey | The USGS | INDIRECT | SAY | the quake measured 5.8"),
        text("they for a body that spoke, not for a quantifier that never did",
            "Ana Ruiz made many albums. Her foundation said she was ill. Ruiz, they said, wanted no memorial."
                + " Several said they were sad. They said it was a loss.",
            "her foundation | Her foundation | INDIRECT | SAY | she was ill",
            "her foundation | they | INDIRECT | SAY | Ruiz",
            "her foundation | they | INDIRECT | SAY | wanted no memorial",
            "several | Several | INDIRECT | SAY | they were sad",
            "several | They | INDIRECT | SAY | it was a loss"),
        text("one news site named after it, and ascribing something to a cause",
            "One news site, Znak.com, claims security sources have ascribed the blast to terrorism. The crash site"
                + " was closed.",
            "Znak.com | Znak.com | INDIRECT | CLAIM | security sources have ascribed the blast to terrorism",
            "security sources | security sources | INDIRECT | CLAIM | the blast to terrorism"),
        text("claims after a name with a clause after it is a verb",
            "Reuters claims security sources have said it was terrorism. The minister claims victory.",
            "Reuters | Reuters | INDIRECT | CLAIM | security sources have said it was terrorism",
            "security sources | security sources | INDIRECT | SAY | it was terrorism"),
        text("all three nations stand for each of the three last named",
            "Singapore, India and Australia searched the sea. All three nations said they would help again.",
            "Singapore | All three nations | INDIRECT | SAY | they would help again",
            "India | All three nations | INDIRECT | SAY | they would help again",
            "Australia | All three nations | INDIRECT | SAY | they would help again"),
        text("according to a source's report, a time and a relative clause after it",
            "76 villages were affected according to the council's report on Saturday, which listed 21 injured.",
            "the council | the council's report | INDIRECT | SAY | 76 villages were affected"),
        text("what was responded to is no content when words follow",
            "Omar Said responded to the ruling via Twitter: \"We will win.\" The minister responded to the new"
                + " rules on Monday, saying they would fail.",
            "Omar Said | Omar Said | DIRECT | RESPOND | We will win.",
            "the minister | The minister | INDIRECT | SAY | they would fail"),
        text("dismissing a lawsuit and appealing a decision are acts of a case",
            "Judge Ana Ruiz dismissed the lawsuit. The legal team appealed the decision. The minister dismissed the"
                + " claims as nonsense. Police appealed for calm.",
            "the minister | The minister | REPORTED_ACT | REJECT | the claims as nonsense",
            "Police | Police | REPORTED_ACT | URGE | for calm"),
        text("companies that speak, and the statement a company released",
            "Boeing said the plane was safe. Facebook released a statement which read, \"We disagree.\" Trump wrote"
                + " on Twitter that the deal was dead.",
            "Boeing | Boeing | INDIRECT | SAY | the plane was safe",
            "Facebook | a statement | DIRECT | SAY | We disagree.",
            "Trump | Trump | INDIRECT | SAY | the deal was dead"),
        text("the ruling is the court's; a decision is no document of its own",
            "The European Court of Justice ruled on Thursday. According to the ruling, a host must remove the post."
                + "\n\nThe minister announced a decision. The decision said taxes would rise.",
            "European Court of Justice | the ruling | INDIRECT | SAY | a host must remove the post",
            "the minister | The minister | REPORTED_ACT | ANNOUNCE | a decision"),
        text("what things that cannot speak state is content; a document that said speaks for its author",
            "The court said hosts must remove posts which state the same thing. The ministry issued a report that"
                + " said the law failed.",
            "the court | The court | INDIRECT | SAY | hosts must remove posts which state the same thing",
            "the ministry | a report | INDIRECT | SAY | the law failed"),
        text("an interrupted quotation after a cue and where it was said",
            "\"I have a reputation,\" Ana Ruiz said in her 1976 autobiography, \"so this will shock people.\"",
            "Ana Ruiz | Ana Ruiz | DIRECT | SAY | I have a reputation,",
            "Ana Ruiz | Ana Ruiz | DIRECT | SAY | so this will shock people."),
        text("who after a name and an age; going as far as to say; even before a cue",
            "Another was Omar Said, 24, who cited his experience: \"I did what anyone would do.\" One of them"
                + " even went as far as to say, \"I am glad.\" The minister even said the vote was rigged.",
            "Omar Said | Omar Said | REPORTED_ACT | EXPLAIN | his experience",
            "Omar Said | Omar Said | DIRECT | EXPLAIN | I did what anyone would do.",
            "one of them | One of them | DIRECT | SAY | I am glad.",
            "the minister | The minister | INDIRECT | SAY | the vote was rigged"),
        text("complaining of something, with a gloss in brackets",
            "Ana Ruiz first complained of theft (vol), not rape (viol). Residents complained about the noise.",
            "Ana Ruiz | Ana Ruiz | REPORTED_ACT | CRITICIZE | theft (vol), not rape (viol)",
            "residents | Residents | REPORTED_ACT | CRITICIZE | the noise"),
        text("a US party title with a role before a name from a state of the same name as a country",
            "Republican committee member Doug Collins of Georgia said the vote failed. Giorgi Kvirikashvili of"
                + " Georgia said talks failed.",
            "Doug Collins | Republican committee member Doug Collins | INDIRECT | SAY | the vote failed",
            "Giorgi Kvirikashvili | Giorgi Kvirikashvili | INDIRECT | SAY | talks failed"),
        text("comments made with adjectives, hyphens and all, by a person and staffers",
            "Governor Ana Ruiz and his staffers made anti-gay and misogynistic comments in the chats. The company"
                + " made a lot of money.",
            "Ana Ruiz | Governor Ana Ruiz | REPORTED_ACT | SAY | anti-gay and misogynistic comments in the chats",
            "staffers | staffers | REPORTED_ACT | SAY | anti-gay and misogynistic comments in the chats"),
        text("crediting someone with something, specifying and stipulating, and specifying nothing",
            "Ana Ruiz credited news media with keeping the story alive. The ministry specified that flags must be"
                + " lowered. The minister specified no date. The minister said no decision had been made.",
            "Ana Ruiz | Ana Ruiz | REPORTED_ACT | PRAISE | news media with keeping the story alive",
            "the ministry | The ministry | INDIRECT | SAY | flags must be lowered",
            "the minister | The minister | INDIRECT | SAY | no decision had been made"),
        text("it was reported, confirmed or announced: a report with no speaker",
            "It was confirmed that five people died. It was reported on Saturday Ana Ruiz was stabbed. It was"
                + " announced at noon. It was reported to police.",
            "- | - | INDIRECT | CONFIRM | five people died",
            "- | - | INDIRECT | REPORT | Ana Ruiz was stabbed"),
        text("what someone's demands include, and a participle inside it",
            "Protesters' demands include an inquiry into police violence on June 12, that the government cease"
                + " referring to the protests as \"riots\" and the withdrawal of the bill. The union's demands"
                + " included higher pay.",
            "protesters | Protesters | REPORTED_ACT | DEMAND | an inquiry into police violence on June 12, that the"
                + " government cease referring to the protests as \"riots\" and the withdrawal of the bill",
            "the union | The union | REPORTED_ACT | DEMAND | higher pay"),
        text("a noun of asking, praising or regretting with what it is for",
            "The police ignored the protesters' demands for a new inquiry. Labour's call for early elections"
                + " went unheeded. The senator's apology for the remarks came late.",
            "the protesters | the protesters | REPORTED_ACT | DEMAND | a new inquiry",
            "Labour | Labour | REPORTED_ACT | URGE | early elections",
            "the senator | The senator | REPORTED_ACT | APOLOGIZE | the remarks"),
        text("a participle after a noun's statement goes on with the clause's subject",
            "The German government on Friday rejected Poland's demand for reparations, saying the issue was"
                + " closed.",
            "Germany | The German government | REPORTED_ACT | REJECT | Poland's demand for reparations",
            "Poland | Poland | REPORTED_ACT | DEMAND | reparations",
            "Germany | The German government | INDIRECT | SAY | the issue was closed"),
        text("reports and investigations as sources, but not cited bare, nor as a verb or an object",
            "Reports indicate the vehicle may have struck victims. Media reports said the minister had resigned."
                + " According to local reports, ten people died. According to reports, the plane crashed. CNN"
                + " reports that the talks failed. The minister denied reports that he would resign.",
            "reports | Reports | INDIRECT | SAY | the vehicle may have struck victims",
            "media reports | Media reports | INDIRECT | SAY | the minister had resigned",
            "local reports | local reports | INDIRECT | SAY | ten people died",
            "CNN | CNN | INDIRECT | REPORT | the talks failed",
            "the minister | The minister | INDIRECT | DENY | reports that he would resign"),
        text("a government's reports are the government's",
            "Samoa closed its schools. The outbreak had killed at least 62 people, including, according to"
                + " government reports, 54 children.",
            "Samoa | government reports | INDIRECT | SAY | 54 children"),
        text("a suggestion with a clause, past a number and a relative clause set off in its subject",
            "Preliminary investigations suggest a new feature on the 737 Max, which had not crashed before, was"
                + " forcing the nose down. The minister suggested the talks could resume soon.",
            "preliminary investigations | Preliminary investigations | INDIRECT | PROPOSE | a new feature on the"
                + " 737 Max, which had not crashed before, was forcing the nose down",
            "the minister | The minister | INDIRECT | PROPOSE | the talks could resume soon"),
        text("a named addressee before that, though a relative clause follows",
            "The court answers the Bundesgericht that the directive, which seeks a balance, does not preclude an"
                + " order.",
            "the court | The court | INDIRECT | RESPOND | the directive, which seeks a balance, does not preclude"
                + " an order"),
        text("a verb of speech opening the sentence, before its speaker and the quotation",
            "Scientists were cautious. Remarked Center for Biological Diversity scientist Tierra Curry, \"This"
                + " reprieve is a thank-you.\" Said one resident: \"We are scared.\"",
            "Tierra Curry | Tierra Curry | DIRECT | SAY | This reprieve is a thank-you.",
            "one resident | one resident | DIRECT | SAY | We are scared."),
        text("an aside between a verb of speech and its quotation",
            "The birds were kept near temples. Wasif suggested, in likelihood, \"next to each temple there was a"
                + " lake.\"",
            "Wasif | Wasif | DIRECT | PROPOSE | next to each temple there was a lake."),
        text("writing to someone: the addressee is not what was written",
            "Mary Smith wrote to the mayor. The residents wrote to Congress about the plan. The minister wrote"
                + " to the UN that the attack was illegal.",
            "the residents | The residents | REPORTED_ACT | SAY | the plan",
            "the minister | The minister | INDIRECT | SAY | the attack was illegal"),
        text("calling something the worst, the deadliest: a name given it; not a time",
            "The United Nations called the humanitarian crisis the worst in the world. She called the police the"
                + " first time.",
            "United Nations | The United Nations | INDIRECT | SAY | the humanitarian crisis the worst in the world"),
        text("a quotation before the speaker, then a clause after that: both hers; sharing that",
            "Stephanie Chapman came to the convention. With the combination of excitement and \"the stress I am"
                + " putting on my body\", she shared that she was prone to meltdown in suit. \"We won,\" she said"
                + " that night. France and Jordan shared \"the same determination\" to secure a ceasefire.",
            "Stephanie Chapman | she | DIRECT | SAY | the stress I am putting on my body",
            "Stephanie Chapman | she | INDIRECT | SAY | she was prone to meltdown in suit",
            "Stephanie Chapman | she | DIRECT | SAY | We won,"),
        text("the name given after as, up to its quotation; also after a participle with its agent",
            "Mancini has been described by the Daily Hive as a \"squirrel whisperer\", for her affinity. The"
                + " ship showed a pattern described by Maritime Bulletin as \"rather hectic\". It was a move"
                + " labelled by critics as reckless, and the minister resigned.",
            "Daily Hive | the Daily Hive | MIXED | SAY | a \"squirrel whisperer\"",
            "Maritime Bulletin | Maritime Bulletin | MIXED | SAY | \"rather hectic\"",
            "critics | critics | INDIRECT | SAY | reckless"),
        text("what was said ends before the writer's meaning",
            "Trump claimed there were \"fine people on both sides,\" meaning both groups at the rally.",
            "Trump | Trump | MIXED | CLAIM | there were \"fine people on both sides,\""),
        text("edges of the report nouns, the nouns of asking and the opening verbs",
            "Said Jalili, Iran's chief negotiator, said the talks had been useful. The BBC reports promises of"
                + " aid have not been kept. According to Reuters reports, the plane crashed. The senator repeated"
                + " his demand for the second time. The company did not respond to Reuters' request for comment."
                + " The suspect was the man police had been looking for, according to local media. She wrote to"
                + " her mother every week.",
            "Said Jalili | Said Jalili | INDIRECT | SAY | the talks had been useful",
            "BBC | The BBC | INDIRECT | REPORT | promises of aid have not been kept",
            "Reuters | Reuters | INDIRECT | SAY | the plane crashed",
            "the senator | The senator | REPORTED_ACT | REITERATE | his demand for the second time",
            "local media | local media | INDIRECT | SAY | The suspect was the man police had been looking for"),
        text("a claim by someone before that is no addressee",
            "The minister denied the claim by Washington that Iran was building a bomb.",
            "the minister | The minister | INDIRECT | DENY | the claim by Washington that Iran was building a"
                + " bomb",
            "United States | Washington | INDIRECT | CLAIM | Iran was building a bomb"),
        text("an owner before a noun of criticism speaks, not what follows of",
            "Ana Ruiz spoke on Monday. Her criticism of the plan for the new airport was sharp.",
            "Ana Ruiz | Her | REPORTED_ACT | CRITICIZE | the plan for the new airport"),
        text("answering questions and fearing to act say nothing",
            "Gownaris answered a series of questions for our correspondent. Residents fear to return home. The"
                + " minister answered that the plan was sound. Many fear the worst.",
            "the minister | The minister | INDIRECT | RESPOND | the plan was sound",
            "many | Many | REPORTED_ACT | EXPRESS_CONCERN | the worst"),
        text("a medium just named, described by an adjective",
            "China's state-run Global Times newspaper warned the Philippines on Monday. In an editorial, the"
                + " nationalist tabloid said Manila had become \"a pawn\" of Washington.",
            "Global Times | Global Times newspaper | REPORTED_ACT | WARN | the Philippines",
            "Global Times | the nationalist tabloid | MIXED | SAY | Manila had become \"a pawn\" of Washington"),
        text("a state's readout is the state's; a statement speaks of a named topic",
            "Xi said the United States should act, the Chinese readout said. The US statement spoke of Turkey"
                + " assuming the duty.",
            "China | the Chinese readout | INDIRECT | SAY | Xi said the United States should act",
            "Xi | Xi | INDIRECT | SAY | the United States should act",
            "United States | The US statement | REPORTED_ACT | SAY | Turkey assuming the duty"),
        text("a state's title in a headline is the person named after it with that title",
            "Lebanon's president says army alone will hold weapons\n\nBEIRUT (Reuters) - Lebanese President Joseph"
                + " Aoun said on Monday that only the army would hold weapons.",
            "Joseph Aoun | Lebanon's president | INDIRECT | SAY | army alone will hold weapons",
            "Joseph Aoun | Lebanese President Joseph Aoun | INDIRECT | SAY | only the army would hold weapons"),
        text("a name after a business noun is a business, and so is its first word later",
            "A jury ordered oil refiner Gulfmark Energy to pay US$48 million. Gulfmark said it was disappointed."
                + " \"Safety is our priority,\" the company said. Premier League club Everton sacked its manager."
                + " \"We thank our manager,\" the club said. Site operator Jong Woo Son said he was sorry.",
            "Gulfmark Energy | Gulfmark | INDIRECT | SAY | it was disappointed",
            "Gulfmark Energy | the company | DIRECT | SAY | Safety is our priority,",
            "Everton | the club | DIRECT | SAY | We thank our manager,",
            "Jong Woo Son | Jong Woo Son | INDIRECT | SAY | he was sorry"),
        text("a person of one of a group, with a name set off after where she was born",
            "The owner of one of the bakeries, Portuguese-born Fernanda Medeiros, said she was relieved. The"
                + " mother of one of the victims, Jane Akinyi, said she was angry.",
            "Fernanda Medeiros | The owner of one of the bakeries | INDIRECT | SAY | she was relieved",
            "Jane Akinyi | Jane Akinyi | INDIRECT | SAY | she was angry"),
        text("a state's title is no former holder's, nor another's, nor past the first sentence",
            "Japan's foreign minister said Tokyo would never recognise it. Former Japanese Foreign Minister Taro"
                + " Kono said it was a mistake. Another French minister said he would resign. French Trade"
                + " Minister Paul Roux said he would stay.",
            "Japan's foreign minister | Japan's foreign minister | INDIRECT | SAY | Tokyo would never recognise it",
            "Taro Kono | Japanese Foreign Minister Taro Kono | INDIRECT | SAY | it was a mistake",
            "French minister | French minister | INDIRECT | SAY | he would resign",
            "Paul Roux | French Trade Minister Paul Roux | INDIRECT | SAY | he would stay"),
        text("a medium's epithet only for the one medium that spoke, and not one that sets another apart",
            "The BBC published the memo. The accompanying website said it was real. State broadcaster NHK"
                + " reported the quake. The commercial broadcaster said it was strong.",
            "the accompanying website | The accompanying website | INDIRECT | SAY | it was real",
            "NHK | NHK | INDIRECT | REPORT | the quake",
            "the commercial broadcaster | The commercial broadcaster | INDIRECT | SAY | it was strong"),
        text("a state's own document; an answer after the questions; fearing to varying degrees",
            "China's readout said Washington must stop arming Taiwan. The minister answered questions from the"
                + " committee: \"We did everything right.\" Villagers still fear to varying degrees that the"
                + " rebels will return.",
            "China | China's readout | INDIRECT | SAY | Washington must stop arming Taiwan",
            "the minister | The minister | REPORTED_ACT | RESPOND | questions from the committee",
            "the minister | The minister | DIRECT | RESPOND | We did everything right.",
            "villagers | Villagers | INDIRECT | EXPRESS_CONCERN | the rebels will return"),
        text("a trailing speaker with only a time or a place after the verb said what came before",
            "Mahama won 56.6% of the vote, electoral commission chair Jean Mensa told a news conference in Accra."
                + " Turnout reached a record, the National Electoral Commission announced late in the evening.",
            "Jean Mensa | chair Jean Mensa | INDIRECT | SAY | Mahama won 56.6% of the vote",
            "National Electoral Commission | National Electoral Commission | INDIRECT | ANNOUNCE | Turnout reached a"
                + " record"),
        text("a trailing speaker owned by the country or a state",
            "A quake struck Manisa in Turkey, injuring 37 people, the country's Disaster and Emergency Management"
                + " Authority said. Aftershocks followed, Turkey's disaster agency said.",
            "Disaster and Emergency Management Authority | Disaster and Emergency Management Authority | INDIRECT"
                + " | SAY | A quake struck Manisa in Turkey, injuring 37 people",
            "Turkey's disaster agency | Turkey's disaster agency | INDIRECT | SAY | Aftershocks followed"),
        text("a named subject after its article before a second verb; a subject past its abbreviation",
            "The National Agency of Drug and Food Control ordered the recall and said it was investigating the"
                + " maker. The International Air Transport Association (IATA) went further, saying the plan broke"
                + " the rules.",
            "National Agency of Drug and Food Control | National Agency of Drug and Food Control | INDIRECT | SAY"
                + " | it was investigating the maker",
            "International Air Transport Association | International Air Transport Association | INDIRECT | SAY"
                + " | the plan broke the rules"),
        text("patients, customers and shopkeepers as anonymous sources",
            "One patient said she had received a letter. Customers said the wait was long. He urged people to be"
                + " patient.",
            "one patient | One patient | INDIRECT | SAY | she had received a letter",
            "customers | Customers | INDIRECT | SAY | the wait was long",
            "- | He | INDIRECT | URGE | to be patient"),
        text("reminding and informing someone that: the one addressed, then the clause",
            "The agency said it had removed the alligator. It reminded residents that it is illegal to keep"
                + " alligators. The ministry informed the embassy that the visit was cancelled.",
            "the agency | The agency | INDIRECT | SAY | it had removed the alligator",
            "the agency | It | INDIRECT | SAY | it is illegal to keep alligators",
            "the ministry | The ministry | INDIRECT | SAY | the visit was cancelled"),
        text("a body before a titled person opening the sentence is the person's; a participle is the person's",
            "Police spokesperson Inspector Paul Ncube defended the arrests, saying officers had found campaign"
                + " materials.",
            "Paul Ncube | spokesperson Inspector Paul Ncube | REPORTED_ACT | INSIST | the arrests",
            "Paul Ncube | spokesperson Inspector Paul Ncube | INDIRECT | SAY | officers had found campaign"
                + " materials"),
        text("edges of reminding, of trailing speakers after an opening adverbial, of a city before a noun",
            "The ruling reminded observers of the 2015 case. The court reminded jurors to ignore the remark. The"
                + " judge reminded us that the deadline was Friday. Earlier, the president announced at a rally a new"
                + " tax on banks. Within minutes, Apple's Tim Cook responded. The Moscow court sentenced him to ten"
                + " years and said he had committed treason.",
            "the judge | The judge | INDIRECT | SAY | the deadline was Friday"),
        text("calling something by an adjective to a named medium, before a comma",
            "Unnamed industry experts called this dubious to Népszava, as the market is saturated, while noting"
                + " the equipment is needed. She called the police, who came at once.",
            "unnamed industry experts | Unnamed industry experts | INDIRECT | SAY | this dubious",
            "unnamed industry experts | Unnamed industry experts | INDIRECT | SAY | the equipment is needed"),
        text("a surname with a joined particle alone, later in the article",
            "Information minister Moammar al-Eryani condemned the attack. According to al-Eryani, the rebels are"
                + " backed by Iran.",
            "Moammar al-Eryani | Information minister Moammar al-Eryani | REPORTED_ACT | DENOUNCE | the attack",
            "Moammar al-Eryani | al-Eryani | INDIRECT | SAY | the rebels are backed by Iran"),
        text("figures and data cited as sources; a government's figures with no state known",
            "The toll rose to 21, according to official figures. The patient is at the Government Medical"
                + " College. Nipah has killed 21 people in the district, according to government figures. According to"
                + " the data, the population has declined.",
            "official figures | official figures | INDIRECT | SAY | The toll rose to 21",
            "government figures | government figures | INDIRECT | SAY | Nipah has killed 21 people in the district",
            "the data | the data | INDIRECT | SAY | the population has declined"),
        text("the press as a source, and a report's participle only after with",
            "The driver lost control, with some local press claiming he was speeding. The local press reported"
                + " that the mayor had resigned. Reports saying he was killed were denied by the army.",
            "some local press | some local press | INDIRECT | CLAIM | he was speeding",
            "some local press | The local press | INDIRECT | REPORT | the mayor had resigned",
            "Army | the army | REPORTED_ACT | DENY | Reports saying he was killed"),
        text("calling someone is no naming; the government's data; figures said to be something",
            "He called the hospital, which sent an ambulance. The president called the general to Mombasa."
                + " Kenya closed its schools. According to the government data, inflation fell. Unofficial figures"
                + " said to be from the ministry show 300 deaths.",
            "Kenya | government data | INDIRECT | SAY | inflation fell"),
        text("others speaking in an opening with-phrase end at its comma",
            "With some local press claiming the mayor had fled, the party called for calm.",
            "some local press | some local press | INDIRECT | CLAIM | the mayor had fled",
            "the party | the party | REPORTED_ACT | DEMAND | calm"),
        text("an opening adverbial before a trailing speaker is nothing said",
            "Earlier, the party said. With 300 dead, the ministry said. With officials saying the mayor had fled,"
                + " the party issued a statement. On Sunday, voters went to the polls, the commission said.",
            "officials | officials | INDIRECT | SAY | the mayor had fled",
            "the commission | the commission | INDIRECT | SAY | On Sunday, voters went to the polls"),
        text("one source along with another",
            "Planned Parenthood, along with the American Civil Liberties Union have announced plans to sue.",
            "Planned Parenthood | Planned Parenthood | REPORTED_ACT | ANNOUNCE | plans to sue",
            "American Civil Liberties Union | American Civil Liberties Union | REPORTED_ACT | ANNOUNCE | plans to"
                + " sue"),
        text("she after a man who just spoke, by given names from many languages",
            "Hatice Cengiz met Bruno Parrilla on Monday. Parrilla said the talks went well. She said they did not.",
            "Bruno Parrilla | Parrilla | INDIRECT | SAY | the talks went well",
            "Hatice Cengiz | She | INDIRECT | SAY | they did not"),
        text("a body's noun before a person noun is a person, not the body",
            "The district court ruled. According to a court clerk, arguments would be heard in October. A court"
                + " official said the hearing was delayed.",
            "a court clerk | a court clerk | INDIRECT | SAY | arguments would be heard in October",
            "a court official | A court official | INDIRECT | SAY | the hearing was delayed"),
        text("the name an unnamed speaker after the cue is given",
            "\"We will stay,\" said a protester using the pseudonym Katya. \"We lost everything,\" said a student"
                + " who gave her name as Mei. \"It is over,\" said a student who gave a speech.",
            "Katya | Katya | DIRECT | SAY | We will stay,",
            "Mei | Mei | DIRECT | SAY | We lost everything,",
            "a student | a student | DIRECT | SAY | It is over,"),
        text("the people a medium talked to speak, not the medium",
            "Protesters Reuters interviewed said they had gone to defend their rights. Residents the BBC spoke to"
                + " said the water was dirty.",
            "protesters | Protesters | INDIRECT | SAY | they had gone to defend their rights",
            "residents | Residents | INDIRECT | SAY | the water was dirty"),
        text("a statement to the effect that, and the statement from someone the palace issued",
            "The palace issued a statement to the effect the king considered it inappropriate. Sources report she"
                + " is treated as royalty. King Rama spoke. The palace issued the following statement from the"
                + " king: \"She still retains her status and her title.\"",
            "the palace | a statement | INDIRECT | SAY | the king considered it inappropriate",
            "sources | Sources | INDIRECT | REPORT | she is treated as royalty",
            "Rama | the king | DIRECT | SAY | She still retains her status and her title."),
        text("a state after a medium one tells is what was told, not the medium's edition",
            "The minister told the BBC Russia would never attack. Officials told Reuters China had offered aid.",
            "the minister | The minister | INDIRECT | SAY | Russia would never attack",
            "officials | Officials | INDIRECT | SAY | China had offered aid"),
        text("a title held in a place with the name after it",
            "On Monday, the governor of Cebu, Gwen Garcia, said classes were suspended.",
            "Gwen Garcia | Gwen Garcia | INDIRECT | SAY | classes were suspended"),
        text("according to a title, a name with an age or a description after it is the subject",
            "According to the coroner, John Lee, 45, died of head injuries. According to the sheriff, Tom Hardy, a"
                + " local farmer, found the body.",
            "the coroner | the coroner | INDIRECT | SAY | John Lee, 45, died of head injuries",
            "the sheriff | the sheriff | INDIRECT | SAY | Tom Hardy, a local farmer, found the body"),
        text("plural or modified media by their kind are not the medium named last",
            "The Guardian reported the minister resigned. The state broadcaster said he was fine.",
            "The Guardian | The Guardian | INDIRECT | REPORT | the minister resigned",
            "the state broadcaster | The state broadcaster | INDIRECT | SAY | he was fine"),
        text("a setting and an aside before that",
            "The ministry said in a statement, issued late on Monday, that five people had died. The company said"
                + " in a filing, which was made public on Friday, that profits fell.",
            "the ministry | The ministry | INDIRECT | SAY | five people had died",
            "the company | The company | INDIRECT | SAY | profits fell"),
        text("dismissing charges as something and appealing for witnesses in a case are speech",
            "The minister dismissed the charges as politically motivated. The ministry dismissed reports of a case"
                + " of Ebola. Police appealed for witnesses in the case.",
            "the minister | The minister | REPORTED_ACT | REJECT | the charges as politically motivated",
            "the ministry | The ministry | REPORTED_ACT | REJECT | reports of a case of Ebola",
            "Police | Police | REPORTED_ACT | URGE | for witnesses in the case"),
        text("a decision to do something, the ruling party, and bodies that report a clause",
            "The government announced a decision to raise taxes. The Supreme Court struck down the law. According"
                + " to the ruling party, the court was biased. The police report that two men were arrested.",
            "the government | The government | REPORTED_ACT | ANNOUNCE | a decision to raise taxes",
            "the ruling party | the ruling party | INDIRECT | SAY | the court was biased",
            "the police | The police | INDIRECT | REPORT | two men were arrested"),
        text("announcing which, a claims office, responding before a colon",
            "The ministry announces which schools will close. The ministry responded to the criticism: the report"
                + " was false.",
            "the ministry | The ministry | INDIRECT | ANNOUNCE | which schools will close",
            "the ministry | The ministry | INDIRECT | RESPOND | the report was false"),
        text("quantifiers that stand for people and those that do not, and the three countries named together",
            "Some stayed behind. They said they had nowhere to go. Russia, China and Iran held drills near Japan."
                + " The three countries said the drills were routine.",
            "some | They | INDIRECT | SAY | they had nowhere to go",
            "Russia | The three countries | INDIRECT | SAY | the drills were routine",
            "China | The three countries | INDIRECT | SAY | the drills were routine",
            "Iran | The three countries | INDIRECT | SAY | the drills were routine"),
        text("a company's name after a given name is a surname; another state's body of a known body's name",
            "Nikola Tesla said electricity was the future. Armenia's Investigative Committee said the blast was"
                + " an accident.",
            "Nikola Tesla | Nikola Tesla | INDIRECT | SAY | electricity was the future",
            "Investigative Committee (Armenia) | Armenia's Investigative Committee | INDIRECT | SAY | the blast was"
                + " an accident"),
        text("brackets of a picture or a medium are no gloss",
            "The minister condemned the attack (pictured), saying it was cowardly.",
            "the minister | The minister | REPORTED_ACT | DENOUNCE | the attack",
            "the minister | The minister | INDIRECT | SAY | it was cowardly"),
        text("the title held in a place and its region, with no name",
            "The mayor of Houston, Texas, said the storm passed.",
            "the mayor | The mayor | INDIRECT | SAY | the storm passed"),
        text("a name claims an object before a preposition or the end; a claims office is a noun",
            "China claims sovereignty over Taiwan. The FEMA claims office was closed.",
            "China | China | REPORTED_ACT | CLAIM | sovereignty over Taiwan"),
        text("another speaker's words after despite, and a dash after a parenthetical cue",
            "The committee says it found no trace of explosives despite Znak.com claiming a depot was used."
                + " Prosecutors charged the suspect with murder, they said Sunday — a crime carrying the death"
                + " penalty.",
            "the committee | The committee | INDIRECT | SAY | it found no trace of explosives",
            "Znak.com | Znak.com | INDIRECT | CLAIM | a depot was used",
            "prosecutors | they | INDIRECT | SAY | Prosecutors charged the suspect with murder"),
        text("a time during or over the weekend between a source and its cue",
            "Another report from the Mexican government during the weekend said eight Mexicans died. The ministry"
                + " over the weekend said eight died.",
            "Mexico | the Mexican government | INDIRECT | SAY | eight Mexicans died",
            "the ministry | The ministry | INDIRECT | SAY | eight died"),
        text("a title held in a place with the name or the region after it, wherever the sentence starts",
            "The mayor of Houston, Sylvester Turner, said the city was ready. On Monday, the mayor of Houston, Texas,"
                + " said the storm passed. The Philippine Senate said it would investigate.",
            "Sylvester Turner | Sylvester Turner | INDIRECT | SAY | the city was ready",
            // the mayor of Houston named before, whose title the name after "of Houston," now gives
            "Sylvester Turner | the mayor | INDIRECT | SAY | the storm passed",
            "Philippine Senate (Philippines) | The Philippine Senate | INDIRECT | SAY | it would investigate"),
        text("an appeal in a case, active or passive, is no plea; however between a cue and that",
            "The verdict was appealed by prosecutors. Prosecutors appealed the sentence as too lenient. His lawyer"
                + " said, however, that he would plead not guilty.",
            "his lawyer | His lawyer | INDIRECT | SAY | he would plead not guilty"),
        text("late on a day after the cue",
            "Police said late on Monday that two men were arrested.",
            "Police | Police | INDIRECT | SAY | two men were arrested"),
        text("asking not to be named is a condition of the source, not speech",
            "The opposition leader, who asked not to be named, said the vote was rigged. An official, who requested"
                + " anonymity, said talks failed.",
            "the opposition leader | The opposition leader | INDIRECT | SAY | the vote was rigged",
            "an official | An official | INDIRECT | SAY | talks failed"),
        text("a vow to do something after a fronted phrase",
            "Speaking in Ankara, Erdogan vowed to continue the operation. The strike killed ten, the ministry said"
                + " to reporters.",
            "Erdogan | Erdogan | REPORTED_ACT | PROMISE | to continue the operation",
            "the ministry | the ministry | INDIRECT | SAY | The strike killed ten"),
        text("according to a document with a participle's aside after it",
            "According to the statement, released by the ministry on Tuesday, the talks will resume. According to"
                + " police, armed men attacked the convoy.",
            "the ministry | the statement | INDIRECT | SAY | the talks will resume",
            "police | police | INDIRECT | SAY | armed men attacked the convoy"),
        text("a cue that ends what another said says nothing of its own",
            "The EU's foreign policy chief, Josep Borrell, said the bloc would respond.",
            "Josep Borrell | Josep Borrell | INDIRECT | SAY | the bloc would respond"),
        text("participle asides inside what was said, and anonymity asked for others",
            "The group said the militia, claiming to act for the state, had seized the port. The ministry said"
                + " protesters marched through the capital, calling for the president's resignation. The company"
                + " asked to be named as a co-plaintiff. The government requested anonymity for the witnesses.",
            "the group | The group | INDIRECT | SAY | the militia, claiming to act for the state, had seized the"
                + " port",
            "the ministry | The ministry | INDIRECT | SAY | protesters marched through the capital, calling for the"
                + " president's resignation",
            "the company | The company | INDIRECT | ASK | to be named as a co-plaintiff",
            "the government | The government | REPORTED_ACT | ASK | anonymity for the witnesses"),
        text("according to a source with a fronted participle after it, and a promise to review",
            "According to the ministry, detained in the raid were five foreigners, including two Germans. After the"
                + " meeting, the minister promised to review the case.",
            "the ministry | the ministry | INDIRECT | SAY | detained in the raid were five foreigners, including two"
                + " Germans",
            "the minister | the minister | REPORTED_ACT | PROMISE | to review the case"),
        text("according to inside a clause: the clause on both sides of it, only when it goes on",
            "Longer term, according to the agency's administrator Ana Ruiz, the budget will grow. The mayor,"
                + " according to aides, was furious about the leak. Prices rose, according to the bank, in March."
                + " The budget will grow, according to the agency's chief, Ana Ruiz.",
            "Ana Ruiz | administrator Ana Ruiz | INDIRECT | SAY | Longer term",
            "Ana Ruiz | administrator Ana Ruiz | INDIRECT | SAY | the budget will grow",
            "aides | aides | INDIRECT | SAY | The mayor",
            "aides | aides | INDIRECT | SAY | was furious about the leak",
            "the bank | the bank | INDIRECT | SAY | Prices rose",
            "Ana Ruiz | the agency's chief | INDIRECT | SAY | The budget will grow"),
        text("according to after a semicolon, and a source's figures after its possessive",
            "Two ferries sank in the storm; according to the coast guard, nine people were rescued. Exports fell by"
                + " 5% according to the ministry's latest figures.",
            "Coast Guard | the coast guard | INDIRECT | SAY | nine people were rescued",
            "the ministry | the ministry | INDIRECT | SAY | Exports fell by 5%"),
        text("a quotation interrupted by according to",
            "\"We will rebuild,\" according to the governor, \"whatever it costs.\" \"It is over\", according to the"
                + " coach.",
            "the governor | the governor | DIRECT | SAY | We will rebuild,",
            "the governor | the governor | DIRECT | SAY | whatever it costs.",
            "the coach | the coach | DIRECT | SAY | It is over"),
        text("an eyewitness by name, a publicist, colleagues",
            "According to eyewitness Ivo Brandt, \"the roof just fell.\" According to his publicist, the singer died"
                + " at home. Her colleagues urged her to run.",
            "Ivo Brandt | Ivo Brandt | DIRECT | SAY | the roof just fell.",
            "his publicist | his publicist | INDIRECT | SAY | the singer died at home",
            "colleagues | colleagues | INDIRECT | URGE | to run"),
        text("a name the gazetteer knows, named as a medium by the noun before it, there and later",
            "The daily newspaper PAP reported the bridge had closed. PAP later said it would reopen.",
            "PAP | PAP | INDIRECT | REPORT | the bridge had closed",
            "PAP | PAP | INDIRECT | SAY | it would reopen"),
        text("a relative clause stays with its noun, what was said or its object",
            "The ministry announced a plan that would cut taxes. The company announced the plant that makes engines"
                + " would close. Police confirmed the man who attacked the guard had died.",
            "the ministry | The ministry | INDIRECT | ANNOUNCE | a plan that would cut taxes",
            "the company | The company | INDIRECT | ANNOUNCE | the plant that makes engines would close",
            "Police | Police | INDIRECT | CONFIRM | the man who attacked the guard had died"),
        text("another speaker described before its name ends a clause after and",
            "The ministry said the agreement remained unacceptable, and the main farm union FNSEA called on the"
                + " government to block the treaty.",
            "the ministry | The ministry | INDIRECT | SAY | the agreement remained unacceptable",
            "FNSEA | FNSEA | INDIRECT | URGE | to block the treaty"),
        text("according to a description a place's name modifies: the name after it",
            "According to the Wellington cybersecurity firm Kea Security, the hackers demanded a ransom.",
            "Kea Security | Kea Security | INDIRECT | SAY | the hackers demanded a ransom",
            "the hackers | the hackers | REPORTED_ACT | DEMAND | a ransom"),
        text("according to a description after where the source is based: the name after it",
            "According to the Paris-based think tank Ifri, the deal is fragile.",
            "Ifri | Ifri | INDIRECT | SAY | the deal is fragile"),
        text("only between the speaker and the cue, but not after not",
            "Police spokesperson Adi Prasetyo would only say that all possibilities are being investigated.",
            "Adi Prasetyo | spokesperson Adi Prasetyo | INDIRECT | SAY | all possibilities are being investigated"),
        text("an anonymous source's tail takes the words of its noun",
            "A source close to the national team told the Sowetan newspaper that Mokoena had used the supplement.",
            "a source close to the national team | A source close to the national team | INDIRECT | SAY | Mokoena had"
                + " used the supplement"),
        text("according to people of a thing no list names, after its possessive",
            "According to the summit's organisers, the pledges add up to about US$4.2 billion.",
            "organisers | organisers | INDIRECT | SAY | the pledges add up to about US$4.2 billion"),
        text("each between the speakers and the cue",
            "Denmark and Ireland each promised €100 million.",
            "Denmark | Denmark | REPORTED_ACT | PROMISE | €100 million",
            "Ireland | Ireland | REPORTED_ACT | PROMISE | €100 million"),
        text("mends: a term of an announced freeze, a medium's passive question, a title with of, a post's quotation",
            "The minister announced a freeze on fuel prices for six months. The minister was asked by Reuters whether"
                + " the deal was dead. A senior official travelling with Secretary of State Antony Blinken said the"
                + " talks had been difficult. Musk wrote on X. \"Please leave.\"",
            "the minister | The minister | REPORTED_ACT | ANNOUNCE | a freeze on fuel prices for six months",
            "a senior official travelling with Secretary of State Antony Blinken | A senior official travelling with"
                + " Secretary of State Antony Blinken | INDIRECT | SAY | the talks had been difficult",
            "Musk | Musk | DIRECT | SAY | Please leave."),
        text("pointing to explains and ends what was said, as citing does after a quotation's comma",
            "Hsu said Taiwan would \"shoulder its own responsibility\" for its defense, pointing to a budget"
                + " proposal. The ministry urged tourists to avoid Japan \"in the near future,\" citing attacks on"
                + " its nationals.",
            "Hsu | Hsu | MIXED | SAY | Taiwan would \"shoulder its own responsibility\" for its defense",
            "Hsu | Hsu | REPORTED_ACT | EXPLAIN | a budget proposal",
            "the ministry | The ministry | MIXED | URGE | to avoid Japan \"in the near future,\"",
            "the ministry | The ministry | REPORTED_ACT | EXPLAIN | attacks on its nationals"),
        text("a second that after a comma and but is said too",
            "The union said that it was willing to meet the company, but that the strike would continue on Tuesday.",
            "the union | The union | INDIRECT | SAY | it was willing to meet the company, but that the strike would"
                + " continue on Tuesday"),
        text("a quotation closed after a comma ends what was said before a participle of speech",
            "A State Department spokesperson called on other donors to \"step up,\" noting that the United States had"
                + " provided $600 million.",
            "a State Department spokesperson | A State Department spokesperson | MIXED | URGE | to \"step up,\"",
            "a State Department spokesperson | A State Department spokesperson | INDIRECT | SAY | the United States had"
                + " provided $600 million"),
        text("a body's report that warned speaks for the body; the police report that is a verb",
            "The ministry ignored a Control Yuan report that had warned of a backlog in repairs. The police report that"
                + " two men were arrested.",
            "Control Yuan | a Control Yuan report | REPORTED_ACT | WARN | a backlog in repairs",
            "the police | The police | INDIRECT | REPORT | two men were arrested"),
        text("projected with a clause predicts it; the noun project is no cue",
            "A study by Hollis & Pryor projected that the stadium would generate $92 million a year. \"We have not"
                + " given up,\" project manager Hiroshi Tanabe told reporters. The image was projected onto a screen.",
            "Hollis & Pryor | A study | INDIRECT | PREDICT | the stadium would generate $92 million a year",
            "Hiroshi Tanabe | Hiroshi Tanabe | DIRECT | SAY | We have not given up,"),
        text("a company's or a party's statement with the document's article is the one named before",
            "Toyota cut its forecast. A company statement said demand was weak. The Labour Party lost the vote. A"
                + " party statement said it would regroup.",
            "Toyota | A company statement | INDIRECT | SAY | demand was weak",
            "Labour Party | A party statement | INDIRECT | SAY | it would regroup"),
        text("an order issued demands, also after a label in capitals; an order owned is no speech",
            "The sheriff's office issued \"Go Now\" evacuation orders for the town. The court stayed Marrero's order"
                + " about an hour later. Authorities issued evacuation orders for 30,000 residents. Inspectors issued"
                + " two orders to the mine.",
            "the sheriff's office | The sheriff's office | REPORTED_ACT | DEMAND | \"Go Now\" evacuation orders for"
                + " the town",
            "authorities | Authorities | REPORTED_ACT | DEMAND | evacuation orders for 30,000 residents"),
        text("the group is one that spoke as a subject since another was described as a group",
            "Lumo is owned by the Chinese e-commerce group Hengyuan. The Dutch consumer association Consumentenbond"
                + " welcomed the fine and called on Lumo to pay. The group said it was preparing a class action.",
            "Consumentenbond | Consumentenbond | REPORTED_ACT | WELCOME | the fine",
            "Consumentenbond | Consumentenbond | INDIRECT | URGE | to pay",
            "Consumentenbond | The group | INDIRECT | SAY | it was preparing a class action"),
        text("a name no list knows, once followed by which, is an organisation that the company stands for",
            "The authority fined Lumo, which stored data in China. Lumo said it would appeal. \"No data has been"
                + " shared,\" the company said.",
            "Lumo | Lumo | INDIRECT | SAY | it would appeal",
            "Lumo | the company | DIRECT | SAY | No data has been shared,"),
        text("a document said in is the speaker's, and a document speaks, not whom it went to",
            "Iran has not allowed inspectors back, the International Atomic Energy Agency said in a confidential"
                + " report. The quarterly report to the agency's Board of Governors said the loss was serious. A letter"
                + " to the UN Security Council said the attacks must stop.",
            "International Atomic Energy Agency | the International Atomic Energy Agency | INDIRECT | SAY | Iran has"
                + " not allowed inspectors back",
            "International Atomic Energy Agency | The quarterly report | INDIRECT | SAY | the loss was serious",
            "a letter | A letter | INDIRECT | SAY | the attacks must stop"),
        text("an offer from someone is theirs; an offer of the speaker's own is part of their statement",
            "The Commission rejected a fresh offer from Beijing to replace the tariffs. The company said its offer of"
                + " a pay rise was fair.",
            "Commission | Commission | REPORTED_ACT | REJECT | a fresh offer from Beijing to replace the tariffs",
            "China | Beijing | INDIRECT | PROPOSE | to replace the tariffs",
            "the company | The company | INDIRECT | SAY | its offer of a pay rise was fair"),
        text("a place claimed is an object, which ends before how long, but a term demanded stays",
            "Venezuela, which has claimed the territory for more than a century, held elections. He claimed the"
                + " region was safe. The union demanded a pay rise for three years. He praised the workers for years"
                + " of service.",
            "Venezuela | Venezuela | REPORTED_ACT | CLAIM | the territory",
            "- | He | INDIRECT | CLAIM | the region was safe",
            "the union | The union | REPORTED_ACT | DEMAND | a pay rise for three years",
            "- | He | REPORTED_ACT | PRAISE | the workers for years of service"),
        text("a trailing speaker titled by a body's name no list knows said what came before",
            "Two ships fired water cannons at a supply boat, damaging its equipment, National Maritime Council"
                + " spokesperson Jose Miguel Sarmiento said.",
            "Jose Miguel Sarmiento | spokesperson Jose Miguel Sarmiento | INDIRECT | SAY | Two ships fired water"
                + " cannons at a supply boat, damaging its equipment"),
        text("a medium described before its name after a quotation that ends a clause reports the clause",
            "North Korea's foreign ministry denounced the drills as \"a rehearsal for invasion,\" state news agency"
                + " KCNA reported.",
            "Korean Central News Agency | KCNA | MIXED | REPORT | North Korea's foreign ministry denounced the drills"
                + " as \"a rehearsal for invasion,\"",
            "Foreign Ministry (North Korea) | North Korea's foreign ministry | REPORTED_ACT | DENOUNCE | the drills as"
                + " \"a rehearsal for invasion,\""),
        text("a body after its is the state's its sentence or the sentence before opens with",
            "Sudan has shifted its position on the dam. Its foreign ministry said it supported talks. Senegal called"
                + " for dialogue, according to a statement from its foreign ministry.",
            "Foreign Ministry (Sudan) | Its foreign ministry | INDIRECT | SAY | it supported talks",
            "Foreign Ministry (Senegal) | its foreign ministry | INDIRECT | SAY | Senegal called for dialogue",
            "Senegal | Senegal | REPORTED_ACT | DEMAND | dialogue"),
        text("a pronoun after a setting opens the clause said, not a quotation",
            "The foreign ministry said on Wednesday it supported \"a binding legal agreement\" on the dam and urged"
                + " all three countries to return to negotiations.",
            "Foreign Ministry | The foreign ministry | MIXED | SAY | it supported \"a binding legal agreement\" on"
                + " the dam",
            "Foreign Ministry | The foreign ministry | INDIRECT | URGE | to return to negotiations"),
        text("a quotation in lower case after a comma goes on the clause before it",
            "China and Germany were partners, \"not rivals,\" Zhao said. Speaking in Berlin, \"We are ready,\" she"
                + " said.",
            "Zhao | Zhao | MIXED | SAY | China and Germany were partners, \"not rivals,\"",
            "Zhao | she | DIRECT | SAY | We are ready,"),
        text("an anonymous source travelling with someone, or close to a titled name, is the source",
            "Chancellor Matthias Kröger met Xi on Tuesday. A senior German official travelling with the chancellor,"
                + " who asked not to be named, said the two leaders had discussed trade. A source close to Foreign"
                + " Minister Wang Yi said talks were stalled.",
            "a senior German official travelling with the chancellor | A senior German official travelling with the"
                + " chancellor | INDIRECT | SAY | the two leaders had discussed trade",
            "a source close to Foreign Minister Wang Yi | A source close to Foreign Minister Wang Yi | INDIRECT | SAY"
                + " | talks were stalled"),
        text("a past tense after the that of an object cue's object opens a relative clause",
            "The Philippines pushed for a reference to the 2016 arbitration ruling that invalidated Beijing's sweeping"
                + " claims.",
            "Philippines | Philippines | REPORTED_ACT | DEMAND | a reference to the 2016 arbitration ruling that"
                + " invalidated Beijing's sweeping claims"),
        text("a long subject after an object cue still makes a clause, not past a conjunction or an infinitive",
            "The agency announced a trial of four possible vaccines was halted. The council announced the number of"
                + " homes built in the north last year was lower. The club announced the signing of a young striker"
                + " from Brazil after the talks were over. The firm announced a plan to close two old plants that"
                + " were losing money.",
            "the agency | The agency | INDIRECT | ANNOUNCE | a trial of four possible vaccines was halted",
            "the council | The council | INDIRECT | ANNOUNCE | the number of homes built in the north last year was lower",
            "the club | The club | REPORTED_ACT | ANNOUNCE | the signing of a young striker from Brazil",
            "the firm | The firm | REPORTED_ACT | ANNOUNCE | a plan to close two old plants that were losing money"),
        text("how it was said, without elaborating, is not what was said",
            "The minister said the talks had failed, without giving details. His daughter said he died in London"
                + " without elaborating. Police said the troops left without firing a shot. The company denied the"
                + " claims without providing evidence.",
            "the minister | The minister | INDIRECT | SAY | the talks had failed",
            "his daughter | His daughter | INDIRECT | SAY | he died in London",
            "Police | Police | INDIRECT | SAY | the troops left without firing a shot",
            "the company | The company | REPORTED_ACT | DENY | the claims"),
        text("a participle after the cue's setting, and a statement on a topic as the subject",
            "Smith testified at the hearing, claiming some patients had lied to him. The family's statement on his"
                + " death read: \"He loved his work.\"",
            "Smith | Smith | INDIRECT | CLAIM | some patients had lied to him",
            "the family | The family's statement | DIRECT | SAY | He loved his work."),
        text("titles after a noun, a reaction in words, and a quotation another cue already took",
            "The county sheriff said the road was closed. The police commissioner said two men were arrested."
                + " Singer Ana Ruiz reacted on Twitter, \"Sad news today.\" Markets reacted sharply to the news."
                + " The mayor responded angrily.",
            "the county sheriff | The county sheriff | INDIRECT | SAY | the road was closed",
            "the police commissioner | The police commissioner | INDIRECT | SAY | two men were arrested",
            "Ana Ruiz | Singer Ana Ruiz | DIRECT | RESPOND | Sad news today."),
        text("a body of a state named with 'of' and the state",
            "The National Disaster Agency of Chile said the quake killed two.",
            "National Disaster Agency | National Disaster Agency of Chile | INDIRECT | SAY | the quake killed two"),
        text("a clause told before a colon and a quotation; no pronoun for a name after 'the' or a holiday",
            "Ana Ruiz of the health agency told the press the new drugs were only part of the answer: \"What will"
                + " stop the disease is good care.\" Judge Gray Miller ruled the law violated the Equal Protection"
                + " Clause of the Constitution. He said the old rationale no longer applies.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the new drugs were only part of the answer",
            "Ana Ruiz | Ana Ruiz | DIRECT | SAY | What will stop the disease is good care.",
            "Gray Miller | He | INDIRECT | SAY | the old rationale no longer applies"),
        text("a holiday is no one a pronoun stands for",
            "Bo Lind died after being in hospital since Christmas Eve. In 2007, he apologised for the comment.",
            "Bo Lind | he | REPORTED_ACT | APOLOGIZE | the comment"),
        text("a tie given with a name, and the same tie later",
            "The news was confirmed by his daughter Nettie Baker. Later, his daughter said he died in London. The"
                + " victim's son, Tom Reed, spoke briefly. The suspect's son said the family was grateful. Her friend"
                + " Ana Ruiz found the body. A friend said she had been depressed.",
            "Nettie Baker | Nettie Baker | REPORTED_ACT | CONFIRM | The news",
            "Nettie Baker | his daughter | INDIRECT | SAY | he died in London",
            "the suspect's son | The suspect's son | INDIRECT | SAY | the family was grateful",
            "a friend | A friend | INDIRECT | SAY | she had been depressed"),
        text("review: quotations after an addressee's relative clause, surnames that are days, a UN agency, an"
                + " appositive after according to, a cue after the source",
            "The mayor told the crowd, which was growing restless: \"Go home.\" Mrs Day said the plan would fail."
                + " The UN health agency WHO said cases were rising. Exports fell, according to the ministry, Reuters"
                + " reported. Sales fell 5%, according to the company, China's biggest carmaker.",
            "the mayor | The mayor | DIRECT | SAY | Go home.",
            "Day | Mrs Day | INDIRECT | SAY | the plan would fail",
            "World Health Organization | WHO | INDIRECT | SAY | cases were rising",
            "the ministry | the ministry | INDIRECT | SAY | Exports fell",
            "Reuters | Reuters | INDIRECT | REPORT | Exports fell, according to the ministry",
            "the company | the company | INDIRECT | SAY | Sales fell 5%"),
        text("review: without doing something that is part of what was said; the Dalai Lama as a pronoun's",
            "Witnesses said the soldiers opened fire without giving any warning. The Dalai Lama said the talks were"
                + " useful. He added that he hoped to visit Tibet.",
            "witnesses | Witnesses | INDIRECT | SAY | the soldiers opened fire without giving any warning",
            "Dalai Lama | The Dalai Lama | INDIRECT | SAY | the talks were useful",
            "Dalai Lama | He | INDIRECT | SAY | he hoped to visit Tibet"),
        text("a name before where one works set off, one's own statement, and what one spoke of",
            "Ana Ruiz, of CNN, one of her four sons, stated, \"She was a great woman.\" Minister Bo Lind spoke on"
                + " Monday. His statement said the talks failed. Bill Gerstenmaier spoke of the collaboration between"
                + " his agency and the company.",
            "Ana Ruiz | Ana Ruiz | DIRECT | SAY | She was a great woman.",
            "Bo Lind | His | INDIRECT | SAY | the talks failed",
            "Bill Gerstenmaier | Bill Gerstenmaier | REPORTED_ACT | SAY | the collaboration between his agency and the"
                + " company"),
        text("social media is where, not who; counted people as sources; a description that reads",
            "The mayor posted an invitation on social media site Facebook. Social media users said the video was"
                + " fake. More than two million people replied they would attend. In May, 300 people said they were"
                + " ill. The event description read, \"We will all meet up at noon.\"",
            "the mayor | The mayor | REPORTED_ACT | SAY | an invitation",
            "social media users | Social media users | INDIRECT | SAY | the video was fake",
            "more than two million people | More than two million people | INDIRECT | RESPOND | they would attend",
            "300 people | 300 people | INDIRECT | SAY | they were ill",
            "the event description | The event description | DIRECT | SAY | We will all meet up at noon."),
        text("a state of calamity is an act of state; a press release is where it was said",
            "The town declared a state of calamity. The company announced the schedule in a press release late"
                + " yesterday and followed it up with a map.",
            "the company | The company | REPORTED_ACT | ANNOUNCE | the schedule"),
        text("professions in the plural, a service as a body, sadness expressed",
            "The archaeologists say that the study is the first of its kind. The French Civil Security service said"
                + " water bombing was disallowed. The president, Hage Geingob, expressed his sadness at the death.",
            "the archaeologists | The archaeologists | INDIRECT | SAY | the study is the first of its kind",
            "the French Civil Security service | The French Civil Security service | INDIRECT | SAY | water bombing"
                + " was disallowed",
            "Hage Geingob | Hage Geingob | REPORTED_ACT | EXPRESS_CONCERN | his sadness at the death"),
        text("according to after a conjunction set off; a fellow's title",
            "The family gave no cause, but, according to his agent, Hunter had undergone surgery. \"Stripes may"
                + " dazzle flies,\" said co-author and Royal Society Research Fellow Martin How.",
            "his agent | his agent | INDIRECT | SAY | Hunter had undergone surgery",
            "Martin How | Royal Society Research Fellow Martin How | DIRECT | SAY | Stripes may dazzle flies,"),
        text("a medium told a clause; the authors of a study are its scientists",
            "Tomasz Kubiak, a fire service spokesman, told Reuters the victim is in care. Scientists from Tsinghua"
                + " University reported that the bird ran. The authors proposed that it flew.",
            "Tomasz Kubiak | Tomasz Kubiak | INDIRECT | SAY | the victim is in care",
            "scientists | Scientists | INDIRECT | REPORT | the bird ran",
            "scientists | The authors | INDIRECT | PROPOSE | it flew"),
        text("a statement in a subordinate clause that opens the sentence ends at its comma",
            "Although the minister said the talks had failed, the deal was signed on Monday. While officials said"
                + " schools, hospitals and roads were damaged, no deaths were reported. Although police said the man,"
                + " who was 45, had died, his family was not told.",
            "the minister | the minister | INDIRECT | SAY | the talks had failed",
            "officials | officials | INDIRECT | SAY | schools, hospitals and roads were damaged",
            "police | police | INDIRECT | SAY | the man, who was 45, had died"),
        text("'there' is a clause's subject, not an object",
            "Senate President Ana Ruiz suggested there were not enough votes in the Senate.",
            "Ana Ruiz | Senate President Ana Ruiz | INDIRECT | PROPOSE | there were not enough votes in the Senate"),
        text("'an estimated' number is no estimate; a long quoted list of those called on",
            "An estimated 100 people died. Prime Minister Tuilaepa called on"
                + " \"village councils, faith-based organizations, and church leaders, village mayors and government"
                + " women representatives\" to instill confidence in vaccines.",
            "Tuilaepa | Prime Minister Tuilaepa | INDIRECT | URGE | to instill confidence in vaccines"),
        text("a nickname is no one",
            "Radio host Don Imus, known to fans as the I-Man, died on Friday. In 2007, he referred to the team as"
                + " \"hos.\" Margaret Thatcher, nicknamed the Iron Lady, said she would fight on.",
            "Don Imus | he | REPORTED_ACT | SAY | the team as \"hos.\"",
            "Margaret Thatcher | Margaret Thatcher | INDIRECT | SAY | she would fight on"),
        text("a pronoun after a sentence naming someone else still stands for the last speaker",
            "\"We will win,\" Tom Reed said on Monday. Bo Lind arrived later. He said the plan was good. \"This"
                + " is a dark day,\" said Mayor Ana Ruiz. The shooting happened near the home of councillor Maria"
                + " Costa. She said the city would hold a vigil.",
            "Tom Reed | Tom Reed | DIRECT | SAY | We will win,",
            "Tom Reed | He | INDIRECT | SAY | the plan was good",
            "Ana Ruiz | Mayor Ana Ruiz | DIRECT | SAY | This is a dark day,",
            "Ana Ruiz | She | INDIRECT | SAY | the city would hold a vigil"),
        text("review: relative clauses before a colon, nicknames and names, adverbs and objects, questions",
            "Tom Reed told reporters who asked about the deal: \"There is nothing to hide.\" A hacker known as"
                + " Guccifer said he had breached the server. The mayor praised home owners who cleared the snow."
                + " Police asked people who were in the area on Friday night to come forward. \"We are proud,\""
                + " said the agency representing model Ana Ruiz. Most estimated inflation would stay above 3%.",
            "Tom Reed | Tom Reed | DIRECT | SAY | There is nothing to hide.",
            "Guccifer | Guccifer | INDIRECT | SAY | he had breached the server",
            "the mayor | The mayor | REPORTED_ACT | PRAISE | home owners who cleared the snow",
            "Police | Police | INDIRECT | ASK | to come forward",
            "the agency | the agency | DIRECT | SAY | We are proud,",
            "most | Most | INDIRECT | PREDICT | inflation would stay above 3%"),
        text("review: another speaker after a colon, past an aside; the senator of an aide's aside",
            "The researchers said the risks were high: Gownaris, a biologist, said, \"This team has helped.\" Ana"
                + " Ruiz, a former aide to Senator Tom Reed, who said last year that he would not run, spoke.",
            "the researchers | The researchers | INDIRECT | SAY | the risks were high",
            "Gownaris | Gownaris | DIRECT | SAY | This team has helped.",
            "Tom Reed | Senator Tom Reed | INDIRECT | SAY | he would not run"),
        text("a body's person with their role after an inverted cue",
            "\"It's the best candidate,\" said UCL astronomer Angelos Tsiaras. \"It is over,\" said the ministry.",
            "Angelos Tsiaras | Angelos Tsiaras | DIRECT | SAY | It's the best candidate,",
            "the ministry | the ministry | DIRECT | SAY | It is over,"),
        text("the person an aside describes before 'who said'; another's statement after a colon; how one protested",
            "The research was led by Mark Hay, a marine ecologist and professor at GT, who said \"There is a lot of"
                + " argument now.\" The researchers said the risks were high: Gownaris said, \"This team has"
                + " helped.\" She protested alone on the first day.",
            "Mark Hay | Mark Hay | DIRECT | SAY | There is a lot of argument now.",
            "the researchers | The researchers | INDIRECT | SAY | the risks were high",
            "Gownaris | Gownaris | DIRECT | SAY | This team has helped."),
        text("an indirect question asked; a team by its lead author et al",
            "Wikinews asked Stamenković if he had any ideas about the lake. Tom Reed asked him whether the money"
                + " had been paid. The senator asked how the money was"
                + " spent. Stamenković et al cite research from 2014. Smith et al. argue that the drug is safe.",
            "Wikinews | Wikinews | INDIRECT | ASK | if he had any ideas about the lake",
            "Tom Reed | Tom Reed | INDIRECT | ASK | whether the money had been paid",
            "the senator | The senator | INDIRECT | ASK | how the money was spent",
            "Stamenković | Stamenković | REPORTED_ACT | EXPLAIN | research from 2014",
            "Smith | Smith | INDIRECT | CLAIM | the drug is safe"),
        text("according to: a number after the source, a source's relative clause without a comma, a long one",
            "Since their discovery, according to the academy, over four thousand other exoplanets have been"
                + " discovered. Bermuda was rarely hit by hurricanes according to CNN who reported that only 21"
                + " came close. According to Professor Ana Ruiz, who is both co-chairman of the organizing committee"
                + " and head of the academic department of operative surgery and anatomy of the university, it is"
                + " not customary to teach these skills.",
            "the academy | the academy | INDIRECT | SAY | Since their discovery",
            "the academy | the academy | INDIRECT | SAY | over four thousand other exoplanets have been discovered",
            "CNN | CNN | INDIRECT | SAY | Bermuda was rarely hit by hurricanes",
            "CNN | CNN | INDIRECT | REPORT | only 21 came close",
            "Ana Ruiz | Professor Ana Ruiz | INDIRECT | SAY | it is not customary to teach these skills"),
        text("a name set off with role words joined by 'and' before it",
            "Another co-author, civil and environmental engineering professor Julian Marshall, said, \"We've seen"
                + " it before.\"",
            "Julian Marshall | professor Julian Marshall | DIRECT | SAY | We've seen it before."),
        text("sharing a goal is no speech, and the clause goes on past it",
            "Rice said the US and Japan shared the goal of maintaining peace.",
            "Rice | Rice | INDIRECT | SAY | the US and Japan shared the goal of maintaining peace"),
        text("the study of a team that reported is the team's",
            "Scientists from Tsinghua University published the results. The study says the birds ran fast. The"
                + " ministry said the report was flawed. According to the study, the birds flew.",
            "scientists | The study | INDIRECT | SAY | the birds ran fast",
            "the ministry | The ministry | INDIRECT | SAY | the report was flawed",
            "scientists | the study | INDIRECT | SAY | the birds flew"),
        text("the clause goes on after an inverted cue set off by commas, but not an appositive",
            "The economy, said the minister, would grow by 5% next year. Because warm water is buoyant, says the"
                + " study, it rises. Exports fell in May, said the ministry, the third monthly drop.",
            "the minister | the minister | INDIRECT | SAY | The economy",
            "the minister | the minister | INDIRECT | SAY | would grow by 5% next year",
            "the study | the study | INDIRECT | SAY | Because warm water is buoyant",
            "the study | the study | INDIRECT | SAY | it rises",
            "the ministry | the ministry | INDIRECT | SAY | Exports fell in May"),
        text("the clause after an inverted cue set off by commas is no aside when it has a comma of its own",
            "Because warm water is buoyant, says the study, it rises, and it forms a river.",
            "the study | the study | INDIRECT | SAY | Because warm water is buoyant",
            "the study | the study | INDIRECT | SAY | it rises, and it forms a river"),
        text("a setting before a quotation with no comma, but not a clause's subject or a scare quote",
            "The minister said in a press release \"the team has developed a coating.\" Okafor wrote on Twitter"
                + " \"the fight is over.\" Ford said in its filing the matter \"focuses on testing\". Okafor said in the"
                + " \"safe zone\" people were fine.",
            "the minister | The minister | DIRECT | SAY | the team has developed a coating.",
            "Okafor | Okafor | DIRECT | SAY | the fight is over.",
            "Ford | Ford | MIXED | SAY | the matter \"focuses on testing\"",
            "Okafor | Okafor | MIXED | SAY | in the \"safe zone\" people were fine"),
        text("the quotation resumes after the one told, whose name no list knows whole",
            "\"A deal is close,\" she told Scientific American, \"but it is not done.\"",
            "- | she | DIRECT | SAY | A deal is close,",
            "- | she | DIRECT | SAY | but it is not done."),
        text("a quotation right after the cue and before another deed is all that was said",
            "Okafor said \"the fight is over\" and left. Lind said \"we will win\" before leaving the hall. Roe"
                + " said \"many people\" and \"their families\" were affected.",
            "Okafor | Okafor | DIRECT | SAY | the fight is over",
            "Lind | Lind | DIRECT | SAY | we will win",
            "Roe | Roe | MIXED | SAY | \"many people\" and \"their families\" were affected"),
        text("a local body's word before an anonymous head keeps it, also as the second of two sources",
            "According to police and county officials, the driver was drunk. Hospital officials said two were hurt.",
            "police | police | INDIRECT | SAY | the driver was drunk",
            "county officials | county officials | INDIRECT | SAY | the driver was drunk",
            "hospital officials | Hospital officials | INDIRECT | SAY | two were hurt"),
        text("a naming participle set off by commas, or 'reported', speaks with its agent",
            "The suspect, described by police as armed and dangerous, fled. A cargo plane, reported by local press"
                + " as belonging to the military, crashed. A pattern described by Maritime Bulletin as \"rather hectic\""
                + " emerged. A badge, reported by The Guardian as stolen and by the BBC as forged, was found.",
            "police | police | INDIRECT | SAY | armed and dangerous",
            "local press | local press | INDIRECT | REPORT | belonging to the military",
            "Maritime Bulletin | Maritime Bulletin | MIXED | SAY | \"rather hectic\"",
            "The Guardian | The Guardian | INDIRECT | REPORT | stolen"),
        text("an unknown noun before a verb of estimating, confirming or concluding speaks, not before its noun",
            "The hotel estimated that 120 people were inside. The landlord confirmed the fire started at noon. The"
                + " total reported casualties rose to 40.",
            "the hotel | The hotel | INDIRECT | PREDICT | 120 people were inside",
            "the landlord | The landlord | REPORTED_ACT | CONFIRM | the fire started at noon"),
        text("the speaker before a relative clause set off by commas, not its object nor the one told",
            "\"It is too early,\" Air Force Brig. Marcelo Moreno, who heads CENIPA, told reporters in Cascavel."
                + " \"It was chaos,\" a staff member at a nearby cafe, who did not want to be named, told the ABC."
                + " A resident of the town, who is 45, said the army had left.",
            "Marcelo Moreno | Air Force Brig. Marcelo Moreno | DIRECT | SAY | It is too early,",
            "a staff member | a staff member | DIRECT | SAY | It was chaos,",
            "a resident | A resident | INDIRECT | SAY | the army had left"),
        text("quoted as saying after an unknown subject, or after the quotation",
            "The suspect was quoted by police as saying that he needed money. \"We will analyse the package,\""
                + " Dorokhin was quoted by TASS as saying.",
            "the suspect | The suspect | INDIRECT | SAY | he needed money",
            "Dorokhin | Dorokhin | DIRECT | SAY | We will analyse the package,"),
        text("an abbreviation the article defines wins over the gazetteer's",
            "Fighting with the paramilitary Rapid Support Forces (RSF) went on. The RSF denied targeting civilians."
                + " The Icelandic Meteorological Office (IMO) said a quake struck. According to the IMO, a fissure opened.",
            "Rapid Support Forces | The RSF | REPORTED_ACT | DENY | targeting civilians",
            "Icelandic Meteorological Office | Icelandic Meteorological Office | INDIRECT | SAY | a quake struck",
            "Icelandic Meteorological Office | the IMO | INDIRECT | SAY | a fissure opened"),
        text("a state's title in the first sentence is the holder named later without the state",
            "SYDNEY (Reuters) - China has lifted its curbs on lobster, Australia's trade minister said on"
                + " Wednesday.\n\"This is welcome,\" Trade Minister Michael Hartley said.",
            "Michael Hartley | Australia's trade minister | INDIRECT | SAY | China has lifted its curbs on lobster",
            "Michael Hartley | Trade Minister Michael Hartley | DIRECT | SAY | This is welcome,"),
        text("'it' is its sentence's subject, a state or body, before whoever spoke earlier",
            "\"Lebanon is committed,\" Haddad said in a statement released by his office. Israel has kept troops"
                + " at five positions that it says are strategic.",
            "Haddad | Haddad | DIRECT | SAY | Lebanon is committed,",
            "Israel | it | INDIRECT | SAY | are strategic"),
        text("a state's adjective between the comma and a trailing speaker",
            "Bayern are close to a deal, German newspaper Bild reported on Thursday. The ship sank, the Japanese"
                + " broadcaster NHK said.",
            "Bild | Bild | INDIRECT | REPORT | Bayern are close to a deal",
            "NHK | NHK | INDIRECT | SAY | The ship sank"),
        text("a dateline with a colon, and a date in brackets after the day",
            "BERLIN: Singapore and Germany will deepen cooperation, Foreign Minister Daniel Tan said on Thursday"
                + " (May 8) after talks in Berlin. Tan said on Friday (May 9) that ties were good.",
            "Daniel Tan | Foreign Minister Daniel Tan | INDIRECT | SAY | Singapore and Germany will deepen cooperation",
            "Daniel Tan | Tan | INDIRECT | SAY | ties were good"),
        text("a court ruling that, as a participle after its act",
            "The court upheld the ban, ruling that he had failed to prove his case. The ruling that he lost"
                + " was upheld.",
            "the court | The court | INDIRECT | SAY | he had failed to prove his case"),
        text("results and data cited with whose they are or where they were given",
            "About 6% of patients stopped treatment, according to data presented at a medical conference. The"
                + " coalition lost its majority, according to official results. According to the data, the"
                + " population declined.",
            "data | data | INDIRECT | SAY | About 6% of patients stopped treatment",
            "official results | official results | INDIRECT | SAY | The coalition lost its majority",
            "data | the data | INDIRECT | SAY | the population declined"),
        text("a relative clause after those urged, and a deed denied whatever its words",
            "Haddad urged the United States and France, which brokered the ceasefire in November 2024, to pressure"
                + " Israel. Russia denied mistreating prisoners of war. The president declared war.",
            "Haddad | Haddad | INDIRECT | URGE | to pressure Israel",
            "Russia | Russia | REPORTED_ACT | DENY | mistreating prisoners of war"),
        text("repeating a position, or that, reiterates; repeating a deed does not",
            "The ministry repeated its opposition to the duties. The team repeated the feat in 2019. Okafor"
                + " repeated that the talks had failed.",
            "the ministry | The ministry | REPORTED_ACT | REITERATE | its opposition to the duties",
            "Okafor | Okafor | INDIRECT | REITERATE | the talks had failed"),
        text("posting a result in percent is no speech",
            "The chipmaker posted a 52% jump in second-quarter profit. The company posted a statement on its"
                + " website saying it was safe.",
            "the company | The company | INDIRECT | SAY | it was safe"),
        text("a capital or a state in a person's name",
            "Public Works Secretary Enrique Santiago said the contractor was banned. \"This ruling is bad,\" said"
                + " Jordan Pike, a lawyer. Jordan said the border would stay closed.",
            "Enrique Santiago | Public Works Secretary Enrique Santiago | INDIRECT | SAY | the contractor was banned",
            "Jordan Pike | Jordan Pike | DIRECT | SAY | This ruling is bad,",
            "Jordan | Jordan | INDIRECT | SAY | the border would stay closed"),
        text("fields joined before a minister's portfolio are the title's",
            "\"We asked for an exemption,\" Economy, Trade and Industry Minister Kenta Aoyama told reporters."
                + " Science and Technology Minister Yoko Hayami said the launch was a step.",
            "Kenta Aoyama | Economy, Trade and Industry Minister Kenta Aoyama | DIRECT | SAY | We asked for an"
                + " exemption,",
            "Yoko Hayami | Science and Technology Minister Yoko Hayami | INDIRECT | SAY | the launch was a step"),
        text("edges of the newer rules: a demonstrative after a semicolon, asides, deeds, pronouns",
            "The minister said that the plan had failed; that approach was abandoned. Smith alleged, the documents"
                + " show, the firm had lied. Roe said \"protesters\" and armed men stormed the building. Okafor wrote"
                + " on Twitter \"the fight is over\" and thanked his fans.",
            "the minister | The minister | INDIRECT | SAY | the plan had failed",
            "Smith | Smith | INDIRECT | CLAIM | the firm had lied",
            "Roe | Roe | MIXED | SAY | \"protesters\" and armed men stormed the building",
            "Okafor | Okafor | DIRECT | SAY | the fight is over",
            "Okafor | Okafor | REPORTED_ACT | PRAISE | his fans"),
        text("'it' in a parenthetical is who spoke, and sources seen by a medium are the medium's",
            "Beijing condemned the visit. Taiwan, it said, is part of China. According to data seen by Reuters,"
                + " exports fell. The incident, reported by the BBC as well as CNN, sparked outrage. The storm"
                + " revealed weaknesses in the dam.",
            "China | Beijing | REPORTED_ACT | DENOUNCE | the visit",
            "China | it | INDIRECT | SAY | Taiwan",
            "China | it | INDIRECT | SAY | is part of China",
            "Reuters | Reuters | INDIRECT | SAY | exports fell"),
        text("a title in quotation marks before 'that', a price set, and a source with nothing after it",
            "Obama wrote in her memoir \"Becoming\" that she had suffered a miscarriage. The government put the"
                + " price of bread at 10 pounds. Officials put losses at between $2 billion and $4 billion. Five"
                + " died, including, according to data presented at a conference.",
            "Obama | Obama | INDIRECT | SAY | she had suffered a miscarriage",
            "officials | Officials | INDIRECT | PREDICT | losses at between $2 billion and $4 billion",
            "data | data | INDIRECT | SAY | Five died, including"),
        text("a state's title is not the holder named after another state",
            "Australia's trade minister said on Wednesday that curbs were lifted.\nChina's Commerce Ministry"
                + " welcomed the move. Trade Minister Wang Wentao said ties were improving.",
            "Australia's trade minister | Australia's trade minister | INDIRECT | SAY | curbs were lifted",
            "Trade Ministry (China) | China's Commerce Ministry | REPORTED_ACT | WELCOME | the move",
            "Wang Wentao | Trade Minister Wang Wentao | INDIRECT | SAY | ties were improving"),
        text("headquarters, directorates and inspectorates end an organisation's name",
            "The boats had approached a fishing vessel, according to the Regional Coast Guard Headquarters. The"
                + " Anti-Corruption Directorate said the minister was charged.",
            "Regional Coast Guard Headquarters | Regional Coast Guard Headquarters | INDIRECT | SAY | The boats"
                + " had approached a fishing vessel",
            "Anti-Corruption Directorate | Anti-Corruption Directorate | INDIRECT | SAY | the minister was charged"),
        text("a participle naming the noun before it is no inverted cue",
            "Zapata crossed the Channel on a device propelled by turbines, called Flyboard Air. The ship sank, said"
                + " the coast guard.",
            "Coast Guard | the coast guard | INDIRECT | SAY | The ship sank"),
        text("a body's description with the name it is known by",
            "The agency, known as CENIPA, said the recorders were in good condition. CENIPA added that a report"
                + " would follow.",
            "CENIPA | The agency | INDIRECT | SAY | the recorders were in good condition",
            "CENIPA | CENIPA | INDIRECT | SAY | a report would follow"),
        text("a company's abbreviation and its full stop before the cue",
            "State-run Taiwan Railway Corp. said some trains had been delayed. Apple Inc. said sales rose.",
            "Taiwan Railway Corp | Taiwan Railway Corp | INDIRECT | SAY | some trains had been delayed",
            "Apple Inc | Apple Inc | INDIRECT | SAY | sales rose"),
        text("a given name before a company's abbreviation is a person's, and an inverted 'termed' speaks",
            "The award went to Tom Co. He said he was thrilled. The plan is reckless, termed the opposition leader.",
            "Tom Co | He | INDIRECT | SAY | he was thrilled",
            "the opposition leader | the opposition leader | INDIRECT | SAY | The plan is reckless"),
        text("the subject of a second verb is the titled person the name before describes",
            "Bayern sporting director Christoph Falk declined to comment but told reporters the club was active."
                + " Tom Watson called the deal lousy and said talks were over.",
            "Christoph Falk | sporting director Christoph Falk | INDIRECT | SAY | the club was active",
            "Tom Watson | Tom Watson | INDIRECT | SAY | talks were over"),
        text("a comparison after ', in line with' is the writer's",
            "The ECB said its deposit rate would remain at 2%, in line with the expectations of economists. Okafor"
                + " said the result was in line with expectations.",
            "European Central Bank | The ECB | INDIRECT | SAY | its deposit rate would remain at 2%",
            "Okafor | Okafor | INDIRECT | SAY | the result was in line with expectations"),
        text("continuing to do something is no speech",
            "Police reported the attacker left the hall and continued to attack others.",
            "Police | Police | INDIRECT | REPORT | the attacker left the hall and continued to attack others"),
        text("a body's word inside a longer name",
            "Gupta was missing, according to the Montgomery County Police Department. The Lagos State Police"
                + " Command said two men were held.",
            "Montgomery County Police Department | Montgomery County Police Department | INDIRECT | SAY"
                + " | Gupta was missing",
            "Lagos State Police Command | Lagos State Police Command | INDIRECT | SAY | two men were held"),
        text("a role joined by 'and' to a role and name is one person, but an indefinite one is another",
            "Study co-author and geochemist Seth John remarked, \"There was no reason.\" The lead author and"
                + " ecologist Mia Lund said the bloom was rare. A witness and nurse Ana Ruiz said it was late.",
            "Seth John | Seth John | DIRECT | SAY | There was no reason.",
            "Mia Lund | Mia Lund | INDIRECT | SAY | the bloom was rare",
            "a witness | A witness | INDIRECT | SAY | it was late",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | it was late"),
        text("a platform after the cue is where, and the clause follows it",
            "The fire service indicated on Twitter the baby girl was critically ill. The mayor said on social"
                + " media the roads were closed. Trump and Erdogan spoke on the phone.",
            "the fire service | The fire service | INDIRECT | SAY | the baby girl was critically ill",
            "the mayor | The mayor | INDIRECT | SAY | the roads were closed"),
        text("titles defended, times posted and songs written are no speech",
            "Kosgei, the defending champion, won again. Cherono posted a time of 2:05:45. Hunter went on to"
                + " write songs for the band. Bolt defended his title in Beijing. He wrote in his memoir that"
                + " the race was easy. The club posted a statement saying the coach had left.",
            "- | He | INDIRECT | SAY | the race was easy",
            "the club | The club | INDIRECT | SAY | a statement",
            "the club | The club | INDIRECT | SAY | the coach had left"),
        text("a short phrase opening the sentence is no content of a cue with none after it",
            "On October 6, Trump and Erdogan spoke. At least two people died, police said. Emily Stone met"
                + " them. In between, she testified, she was attacked.",
            "police | police | INDIRECT | SAY | At least two people died",
            "Emily Stone | she | INDIRECT | SAY | In between",
            "Emily Stone | she | INDIRECT | SAY | she was attacked"),
        text("a description of the source set off after it is no part of what it said",
            "According to UpGuard, a cybersecurity firm, two databases were found. According to Sadie Weiner,"
                + " Hagan's former spokeswoman, Hagan died from a virus. According to police, a man, 32, was"
                + " arrested. According to police, the suspect, a local man, fled.",
            "UpGuard | UpGuard | INDIRECT | SAY | two databases were found",
            "Sadie Weiner | Sadie Weiner | INDIRECT | SAY | Hagan died from a virus",
            "police | police | INDIRECT | SAY | a man, 32, was arrested",
            "police | police | INDIRECT | SAY | the suspect, a local man, fled"),
        text("a plural possessive inside a name",
            "The National Teachers’ Union said pay was low. The Department of Veterans' Affairs said care"
                + " improved. The Philippines' foreign minister said talks would go on.",
            "National Teachers' Union | National Teachers’ Union | INDIRECT | SAY | pay was low",
            "Department of Veterans' Affairs | Department of Veterans' Affairs | INDIRECT | SAY | care improved",
            "the Philippines' foreign minister | The Philippines' foreign minister | INDIRECT | SAY"
                + " | talks would go on"),
        text("a plural possessive's apostrophe, and what a possessor owns",
            "The workers' union said pay was low. The farmers’ association said prices fell. The firm's chief"
                + " executive said sales rose. The company's board said the deal was off. The victims' families said"
                + " they were angry. The school's principal said classes resumed.",
            "the workers' union | The workers' union | INDIRECT | SAY | pay was low",
            "the farmers' association | The farmers’ association | INDIRECT | SAY | prices fell",
            "the firm's chief executive | The firm's chief executive | INDIRECT | SAY | sales rose",
            "the company's board | The company's board | INDIRECT | SAY | the deal was off",
            "families | families | INDIRECT | SAY | they were angry",
            "the school's principal | The school's principal | INDIRECT | SAY | classes resumed"),
        text("a closing single quotation after a plural is no possessive",
            "He called the plan 'a gift to the bosses' and left.",
            "- | He | MIXED | SAY | the plan 'a gift to the bosses'"),
        text("a general is a person, and the general public no one",
            "The general said troops would leave. The general public said prices were high. The general"
                + " election was held in May, officials said.",
            "the general | The general | INDIRECT | SAY | troops would leave",
            "officials | officials | INDIRECT | SAY | The general election was held in May"),
        text("a subject raised over 'to have' speaks with the later verb",
            "The minister is reported to have said the deal was dead. Putin is said to have told aides that he"
                + " would not attend. The ship is reported to have sunk.",
            "the minister | The minister | INDIRECT | SAY | the deal was dead",
            "Putin | Putin | INDIRECT | SAY | he would not attend",
            "- | - | INDIRECT | REPORT | to have sunk"),
        text("a name set off after an anonymous speaker is who spoke",
            "\"Nobody expected this,\" said one resident, Tom Hart. A witness, Ana Ruiz, 34, said she saw the car.",
            "Tom Hart | one resident | DIRECT | SAY | Nobody expected this,",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | she saw the car"),
        text("a medium's name and the noun that says what it is",
            "Newsweek magazine said the award was given. The Guardian newspaper reported the talks had failed."
                + " Reuters news agency reported the deal. Time magazine announced its choice.",
            "Newsweek | Newsweek magazine | INDIRECT | SAY | the award was given",
            "The Guardian | The Guardian newspaper | INDIRECT | REPORT | the talks had failed",
            "Reuters | Reuters news agency | INDIRECT | REPORT | the deal",
            "Time magazine | Time magazine | REPORTED_ACT | ANNOUNCE | its choice"),
        text("what an act noun is about, not when, and not the sentence's verb",
            "Tom Reed met Ana Ruiz. Her protest on August 20 drew crowds. His comments on trade angered Beijing.",
            "Tom Reed | His | REPORTED_ACT | SAY | trade"),
        text("a noun phrase no lexicon knows is a speaker when it opens a clause before a verb of speech",
            "Ruth Abernathy stunned the room when she announced that the plant would close. The landlord said"
                + " the rent would double. Irene Sloane has died at 87, her publisher said. The regulator warned"
                + " that prices would rise. Meanwhile, the total reported casualties rose to 167.",
            "Ruth Abernathy | she | INDIRECT | ANNOUNCE | the plant would close",
            "the landlord | The landlord | INDIRECT | SAY | the rent would double",
            "her publisher | her publisher | INDIRECT | SAY | Irene Sloane has died at 87",
            "the regulator | The regulator | INDIRECT | WARN | prices would rise"),
        text("a calendar date after the cue is when, not what",
            "The Red Cross said on 12 March that it had lost contact. The ministry said on Tuesday, March 12, that"
                + " the talks had failed. The agency said March 12 was the deadline.",
            "International Committee of the Red Cross | The Red Cross | INDIRECT | SAY | it had lost contact",
            "the ministry | The ministry | INDIRECT | SAY | the talks had failed",
            "the agency | The agency | INDIRECT | SAY | March 12 was the deadline"),
        text("a writer's comment set off after what was said ends it",
            "The company said the spill was harmless, a claim disputed by residents. The ministry said it would"
                + " raise taxes, a move that angered unions.",
            "the company | The company | INDIRECT | SAY | the spill was harmless",
            "residents | residents | REPORTED_ACT | REJECT | a claim",
            "the ministry | The ministry | INDIRECT | SAY | it would raise taxes"),
        text("a contrast after a comma is part of what was said, unless another statement follows",
            "The engineer said the bridge was safe, but the old railings would be replaced. The mayor said the"
                + " road would reopen, but the council said it would stay shut.",
            "the engineer | The engineer | INDIRECT | SAY | the bridge was safe, but the old railings would be replaced",
            "the mayor | The mayor | INDIRECT | SAY | the road would reopen",
            "the council | the council | INDIRECT | SAY | it would stay shut"),
        text("a contrast after an infinitive, or before a participle, is the writer's",
            "The union promised to end the strike, but did not say when. The board said a vote was needed, but"
                + " also warning of delays.",
            "the union | The union | REPORTED_ACT | PROMISE | to end the strike",
            "the board | The board | INDIRECT | SAY | a vote was needed",
            "the board | The board | REPORTED_ACT | WARN | delays"),
        text("a view framed by its holder is what the holder says",
            "Tom Hale spoke to reporters. In his view, the law is flawed. In the minister's opinion, the plan will"
                + " fail. In the view of the court, the rules were broken. Maria Ruiz agreed. In her own words, \"It"
                + " is over.\" From her point of view, there is no risk. In recent years, prices rose. In the view of"
                + " the sea, boats sailed.",
            "Tom Hale | his | INDIRECT | SAY | the law is flawed",
            "the minister | the minister | INDIRECT | SAY | the plan will fail",
            "the court | the court | INDIRECT | SAY | the rules were broken",
            "Maria Ruiz | her | DIRECT | SAY | It is over.",
            "Maria Ruiz | her | INDIRECT | SAY | there is no risk"),
        text("a person introduced in full as the subject of the sentence before is who the pronoun is",
            "Ana Ruiz said the plan was sound. Pavel Novak of Brno, who won last year, is now a coach. This year,"
                + " he said, he came to watch. Mr Hale said the match was close.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the plan was sound",
            "Pavel Novak | he | INDIRECT | SAY | This year",
            "Pavel Novak | he | INDIRECT | SAY | he came to watch",
            "Hale | Mr Hale | INDIRECT | SAY | the match was close"),
        text("adverbs, quantifiers and reflexives between a speaker and the cue",
            "The government has always claimed it has public support. The minister often says the tax is fair. The"
                + " leaders all said the deal was good. The president himself said the talks had failed.",
            "the government | The government | INDIRECT | CLAIM | it has public support",
            "the minister | The minister | INDIRECT | SAY | the tax is fair",
            "the leaders | The leaders | INDIRECT | SAY | the deal was good",
            "the president | The president | INDIRECT | SAY | the talks had failed"),
        text("nouns no lexicon knows before the head of a group are part of it, but no verb",
            "The decision was criticized by human rights groups. Aid workers said the camp was full. Many bomb"
                + " disposal experts said the device was fake. Ana Ruiz, 39, met officers who said the case was closed.",
            "human rights groups | human rights groups | REPORTED_ACT | CRITICIZE | The decision",
            "aid workers | Aid workers | INDIRECT | SAY | the camp was full",
            "many bomb disposal experts | Many bomb disposal experts | INDIRECT | SAY | the device was fake",
            "officers | officers | INDIRECT | SAY | the case was closed"),
        text("a cue that ends another's content, but for an adverb, says nothing of its own",
            "Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno, told reporters the government"
                + " would respond calmly.",
            "Hirokazu Matsuno | Chief Cabinet Secretary Hirokazu Matsuno | INDIRECT | SAY | the government would"
                + " respond calmly"),
        text("a participle of the speaker's own after a comma is a statement of its own, an aside is not",
            "The State Department said it was \"deeply concerned\" by the drills, urging Beijing to exercise"
                + " restraint. The president said the deal was dead, calling it a disgrace. The group said the"
                + " militia, vowing to fight, had seized the port. Residents said protesters marched, calling for"
                + " reforms.",
            "State Department | The State Department | MIXED | SAY | it was \"deeply concerned\" by the drills",
            "State Department | The State Department | INDIRECT | URGE | to exercise restraint",
            "the president | The president | INDIRECT | SAY | the deal was dead",
            "the president | The president | INDIRECT | SAY | it a disgrace",
            "the group | The group | INDIRECT | SAY | the militia, vowing to fight, had seized the port",
            "residents | Residents | INDIRECT | SAY | protesters marched, calling for reforms"),
        text("a quotation right after the cue, then another act, is all that was said",
            "The mayor tweeted \"Deeply saddened by the loss\" and offered his condolences. The minister called the"
                + " plan \"a disgrace\" and said it would fail.",
            "the mayor | The mayor | DIRECT | SAY | Deeply saddened by the loss",
            "the mayor | The mayor | REPORTED_ACT | SAY | his condolences",
            "the minister | The minister | MIXED | SAY | the plan \"a disgrace\"",
            "the minister | The minister | INDIRECT | SAY | it would fail"),
        text("calling something by an adjective characterises it; calling someone does not",
            "Experts called the plan dubious. The minister called the claims baseless and false. Unnamed officials"
                + " called this unacceptable. She called the police immediately. He called the meeting off.",
            "experts | Experts | INDIRECT | SAY | the plan dubious",
            "the minister | The minister | INDIRECT | SAY | the claims baseless",
            "unnamed officials | Unnamed officials | INDIRECT | SAY | this unacceptable"),
        text("a platform or place the sentence opens with is no person described after it",
            "In a post on X, the senator wrote: \"Today is a sad day.\" On Truth Social, the judge wrote that the"
                + " trial was fair.",
            "the senator | the senator | DIRECT | SAY | Today is a sad day.",
            "the judge | the judge | INDIRECT | SAY | the trial was fair"),
        text("a title held before or after now is still a title",
            "The former president said the trial was a sham. The outgoing minister said the plan failed.",
            "the former president | The former president | INDIRECT | SAY | the trial was a sham",
            "the outgoing minister | The outgoing minister | INDIRECT | SAY | the plan failed"),
        text("a quotation with no cue after a sentence about a person described is that person's",
            "The coach was blunt. \"We played badly. We deserved to lose.\"",
            "the coach | The coach | DIRECT | SAY | We played badly. We deserved to lose."),
        text("a contrast before another cue, even after an adverb, is no part of what was said",
            "The coach said the team had played well, but referee Mark Jones said the penalty was deserved. The"
                + " minister said the plan was sound, but later admitted it was costly. He claimed the vote was"
                + " rigged, but without offering evidence.",
            "the coach | The coach | INDIRECT | SAY | the team had played well",
            "Mark Jones | Mark Jones | INDIRECT | SAY | the penalty was deserved",
            "the minister | The minister | INDIRECT | SAY | the plan was sound",
            "the minister | The minister | INDIRECT | ACKNOWLEDGE | it was costly",
            "the minister | He | INDIRECT | CLAIM | the vote was rigged"),
        text("a participle after no more than the clause's subject is an aside; one of no speech goes on",
            "The prosecutor said the militia, vowing to fight, took the port. The airline said a computer system"
                + " had crashed, explaining the long queues.",
            "the prosecutor | The prosecutor | INDIRECT | SAY | the militia, vowing to fight, took the port",
            "the airline | The airline | INDIRECT | SAY | a computer system had crashed, explaining the long queues"),
        text("a reflexive or both after the speaker stresses who speaks",
            "The players themselves said the pitch was dangerous. Of the two candidates, both said they would"
                + " accept the result. Miller and Smith both acknowledged the faults.",
            "the players | The players | INDIRECT | SAY | the pitch was dangerous",
            "both | both | INDIRECT | SAY | they would accept the result",
            "Miller | Miller | REPORTED_ACT | ACKNOWLEDGE | the faults",
            "Smith | Smith | REPORTED_ACT | ACKNOWLEDGE | the faults"),
        text("no verb or sentence adverb before a group's head is a noun of the group",
            "He arrived in the city and met aid workers, who said the situation was dire. Elsewhere rescue workers"
                + " said the death toll had risen.",
            "workers | workers | INDIRECT | SAY | the situation was dire",
            "rescue workers | rescue workers | INDIRECT | SAY | the death toll had risen"),
        text("a person introduced as the subject of a passive, or named again, does not take the pronoun",
            "Police chief Tom Lind said the attack had been planned. John Doe, 45, was killed in the blast. He"
                + " said two suspects had been arrested. Defence Minister Lars Berg said the army was ready. Peter"
                + " Holm is a retired general. Asked about Holm, he said the general was wrong.",
            "Tom Lind | Police chief Tom Lind | INDIRECT | SAY | the attack had been planned",
            "Tom Lind | He | INDIRECT | SAY | two suspects had been arrested",
            "Lars Berg | Defence Minister Lars Berg | INDIRECT | SAY | the army was ready",
            "Lars Berg | he | INDIRECT | SAY | the general was wrong"),
        text("a view framed inside a sentence is no source; a titled holder is",
            "The minister, in the view of the opposition, has failed. In President Ruiz's view, the deal is fair.",
            "Ruiz | President Ruiz | INDIRECT | SAY | the deal is fair"),
        text("a quotation that ends in an editor's full stop is all that was said",
            "The ruling read in part, \"[T]he oath is void[...] He can no longer serve[.]\" (es) Se concluye que"
                + " es nulo.",
            "the ruling | The ruling | DIRECT | SAY | [T]he oath is void[...] He can no longer serve[.]"),
        text("a title of several words capitalised by the sentence's start keeps all its words",
            "Opposition leader Karl Mendez said the vote was rigged. Police chief Tom Lind said the attack was"
                + " planned. Police said the road was closed.",
            "Karl Mendez | Opposition leader Karl Mendez | INDIRECT | SAY | the vote was rigged",
            "Tom Lind | Police chief Tom Lind | INDIRECT | SAY | the attack was planned",
            "Police | Police | INDIRECT | SAY | the road was closed"),
        text("verbs of manner of speaking speak with a quotation or a clause, not alone",
            "Tom Hale came. \"It is a comedy, and I cannot say more,\" he joked. The actor joked that he was too old."
                + " They joked about the weather. He mused that the job was hard. \"Be quiet,\" he whispered.",
            "Tom Hale | he | DIRECT | SAY | It is a comedy, and I cannot say more,",
            "Tom Hale | The actor | INDIRECT | SAY | he was too old",
            "Tom Hale | He | INDIRECT | SAY | the job was hard",
            "Tom Hale | he | DIRECT | SAY | Be quiet,"),
        text("a subject set off before a cue that the clause goes on after",
            "Prices, officials said, would rise. The mayor, Rosa Diaz, agreed.",
            "officials | officials | INDIRECT | SAY | Prices",
            "officials | officials | INDIRECT | SAY | would rise"),
        text("a speaker before an age and an aside",
            "Maria Lopez, 45, a teacher, said the school had closed. Tom Hart, 52, of Brno, said he was tired. The"
                + " mother of Ivo Brandt, of Ohio, a nurse, said it was late.",
            "Maria Lopez | Maria Lopez | INDIRECT | SAY | the school had closed",
            "Tom Hart | Tom Hart | INDIRECT | SAY | he was tired",
            "the mother | The mother | INDIRECT | SAY | it was late"),
        text("a month that is a given name",
            "May Chen said it was late. April Ryan asked the president about it. By June Beijing had agreed,"
                + " officials said.",
            "May Chen | May Chen | INDIRECT | SAY | it was late",
            "April Ryan | April Ryan | REPORTED_ACT | ASK | the president about it",
            "officials | officials | INDIRECT | SAY | By June Beijing had agreed"),
        text("members of a body are a group of their own",
            "The members of the council asked for a delay. A member of the National Assembly said the vote failed.",
            "the members of the council | The members of the council | REPORTED_ACT | ASK | for a delay",
            "a member of the National Assembly | A member of the National Assembly | INDIRECT | SAY | the vote failed"),
        text("a court rules that, a writer writes books, and a year before 'that'",
            "The judge ruled that the evidence was inadmissible. The king ruled the country for years. Emily Stone"
                + " wrote more than 30 books. She wrote in 2010 that the war was lost.",
            "the judge | The judge | INDIRECT | SAY | the evidence was inadmissible",
            "Emily Stone | She | INDIRECT | SAY | the war was lost"),
        text("a day between the cue and its clause, and a plan announced",
            "The centre announced on Wednesday the population was larger. The minister announced a plan to cut"
                + " taxes. The UN asked the government to resign.",
            "the centre | The centre | INDIRECT | ANNOUNCE | the population was larger",
            "the minister | The minister | REPORTED_ACT | ANNOUNCE | a plan to cut taxes",
            "United Nations | The UN | INDIRECT | ASK | to resign"),
        text("telling of something, and an aside in brackets after the name",
            "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to change her life."
                + " \"In my first stint, I did not get any work.\"",
            "Jenn St-Onge | Jenn St-Onge | REPORTED_ACT | SAY | being forced to change her life",
            "Jenn St-Onge | - | DIRECT | SAY | In my first stint, I did not get any work."),
        text("an age or a nationality alone stands for the person named before",
            "Mark Petersen was furious. \"We lost,\" the 52-year-old said. Giorgio Rossi was fined. The Italian"
                + " told reporters he was happy. The Japanese government said it would respond.",
            "Mark Petersen | the 52-year-old | DIRECT | SAY | We lost,",
            "Giorgio Rossi | The Italian | INDIRECT | SAY | he was happy",
            "Japan | The Japanese government | INDIRECT | SAY | it would respond"),

        text("where a clause starts and ends after the cue",
            "Macron said France and Germany agreed on the need for reform. Fiona Ross said outside the court that"
                + " the money was gone. Tom Reed said only that the talks were over. Ana Bruni said the meeting was"
                + " private and declined to give details. The manager said that was a question for the owners.",
            "Macron | Macron | INDIRECT | SAY | France and Germany agreed on the need for reform",
            "Fiona Ross | Fiona Ross | INDIRECT | SAY | the money was gone",
            "Tom Reed | Tom Reed | INDIRECT | SAY | the talks were over",
            "Ana Bruni | Ana Bruni | INDIRECT | SAY | the meeting was private",
            "Ana Bruni | The manager | INDIRECT | SAY | that was a question for the owners"),
        text("a quotation before a role set off before the name, and a description after an inverted cue",
            "\"We won,\" the coach, Tom Reed, said, \"and we will win again.\" \"He was a kind man,\" his widow,"
                + " Monique, said. \"We lost,\" said Ivo Hale, a coach who led the team.",
            "Tom Reed | Tom Reed | DIRECT | SAY | We won,",
            "Tom Reed | Tom Reed | DIRECT | SAY | and we will win again.",
            "Monique | Monique | DIRECT | SAY | He was a kind man,",
            "Ivo Hale | Ivo Hale | DIRECT | SAY | We lost,"),
        text("who speaks in a complex subject",
            "The defence lawyer for former police officer Derek Chauvin asked the judge to delay the trial. The"
                + " family of one victim, Jacques Perrin, said they felt relieved. The researchers behind a new study"
                + " on sleep say naps help. A report published on Tuesday in the journal Marine Ecology suggests reefs"
                + " recover. The firm that makes it said it was safe. The company that makes the vaccine, AstraZeneca,"
                + " said it was safe. The defendant, a 52-year-old farmer named Klaus Bauer, told the court he was"
                + " innocent.",
            "the defence lawyer | The defence lawyer | INDIRECT | ASK | to delay the trial",
            "the family | The family | INDIRECT | SAY | they felt relieved",
            "the researchers | The researchers | INDIRECT | SAY | naps help",
            "a report | A report | REPORTED_ACT | PROPOSE | reefs recover",
            "the firm | The firm | INDIRECT | SAY | it was safe",
            "AstraZeneca | AstraZeneca | INDIRECT | SAY | it was safe",
            "Klaus Bauer | Klaus Bauer | INDIRECT | SAY | he was innocent"),
        text("with no one who spoke before, a pronoun opening a sentence is the subject of the one before",
            "Marco Barrichello spent six seasons alongside Michael Schumacher at Ferrari. He said their relationship"
                + " had been difficult. \"We will not back down,\" Mick Lynch said. The union has clashed with"
                + " Transport Secretary Mark Harper. He added that talks would go on.",
            "Marco Barrichello | He | INDIRECT | SAY | their relationship had been difficult",
            "Mick Lynch | Mick Lynch | DIRECT | SAY | We will not back down,",
            "Mick Lynch | He | INDIRECT | SAY | talks would go on"),
        text("an adjective no lexicon knows before a group of people",
            "Environmental groups said the plan was weak. Several international observers said the vote was fair."
                + " Many said it was late.",
            "environmental groups | Environmental groups | INDIRECT | SAY | the plan was weak",
            "several international observers | Several international observers | INDIRECT | SAY | the vote was fair",
            "many | Many | INDIRECT | SAY | it was late"),
        text("a known modifier before an unknown noun, and an age before 'that'",
            "A security guard said the crowd had been peaceful. Judge Helen Marsh told Daniel Crowe, 46, that he"
                + " had betrayed his family.",
            "a security guard | A security guard | INDIRECT | SAY | the crowd had been peaceful",
            "Helen Marsh | Judge Helen Marsh | INDIRECT | SAY | he had betrayed his family"),
        text("a quotation with no cue after a sentence about one person, in which no one spoke",
            "Actress Denise Crosby will appear in Suits. Artist Leisha Riddell said she needs rest.\n\nThe actress"
                + " recalled her season with Star Trek. Underwhelmed with her role, she left the series. \"This is not"
                + " what I wanted to become an actor for.\"",
            "Leisha Riddell | Artist Leisha Riddell | INDIRECT | SAY | she needs rest",
            "Denise Crosby | The actress | INDIRECT | SAY | her season with Star Trek",
            "Denise Crosby | she | DIRECT | SAY | This is not what I wanted to become an actor for."),
        text("a name set off after a source's role that no lexicon knows",
            "According to Windsor Locks' first selectman, Chris Kervick, there were ten passengers aboard. According"
                + " to the town's harbour master, Ivo Brandt, the port is shut.",
            "Chris Kervick | Chris Kervick | INDIRECT | SAY | there were ten passengers aboard",
            "Ivo Brandt | Ivo Brandt | INDIRECT | SAY | the port is shut"),
        text("what the rules of a subject, a source and a clause must leave alone",
            "Members of the ruling party said the leader should quit. According to police, a teenager, Tom Hale,"
                + " died at the scene. The general manager said the plant would close. Ana Ruiz toured the flooded"
                + " districts on Monday. Fort Myers was badly hit. She said the city would rebuild. The loss denied"
                + " the team a place in the final. The tunnel said to link the two towns was sealed. The party that"
                + " ruled that country for decades said it would return. Tom Reed said inside the building that was"
                + " hit, three people died. Emily Stone said she would sign a pledge, a promise to cut emissions.",
            "members of the ruling party | Members of the ruling party | INDIRECT | SAY | the leader should quit",
            "police | police | INDIRECT | SAY | a teenager, Tom Hale, died at the scene",
            "the general manager | The general manager | INDIRECT | SAY | the plant would close",
            "Ana Ruiz | She | INDIRECT | SAY | the city would rebuild",
            "the party | The party | INDIRECT | SAY | it would return",
            "Tom Reed | Tom Reed | INDIRECT | SAY | inside the building that was hit, three people died",
            "Emily Stone | Emily Stone | INDIRECT | SAY | she would sign a pledge, a promise to cut emissions"),
        text("a second reading of the rules of subjects, courts, officers and dates",
            "The court ruled that parliament's suspension was unlawful. The mother of one victim, Jacques Perrin,"
                + " said she wanted answers. General Ahmed Salah commanded the troops. The general also said the army"
                + " would withdraw. Members of the city council voted, and said the leader should quit. The ruling,"
                + " appeal lawyers said, was unfair.",
            "the court | The court | INDIRECT | SAY | parliament's suspension was unlawful",
            "the mother | The mother | INDIRECT | SAY | she wanted answers",
            "Ahmed Salah | The general | INDIRECT | SAY | the army would withdraw",
            "members of the city council | Members of the city council | INDIRECT | SAY | the leader should quit",
            "appeal lawyers | appeal lawyers | INDIRECT | SAY | The ruling",
            "appeal lawyers | appeal lawyers | INDIRECT | SAY | was unfair"),
        text("a word that only opens the sentence is not the name's",
            "When Ruiz said it was late, the crowd was angry.",
            "Ruiz | Ruiz | INDIRECT | SAY | it was late"),
        text("a verb of going on, readiness or occasion before the act makes it the subject's",
            "Lena Ortiz went on to criticize the board for its silence. The agency was quick to condemn the"
                + " raid. Portugal was among the first to congratulate the winner. Senator Hal Moss took to"
                + " social media to denounce the vote. The governor used the speech to urge calm. Mayor Ines"
                + " Berg was keen to stress that the budget was balanced.",
            "Lena Ortiz | Lena Ortiz | REPORTED_ACT | CRITICIZE | the board for its silence",
            "the agency | The agency | REPORTED_ACT | DENOUNCE | the raid",
            "Portugal | Portugal | REPORTED_ACT | PRAISE | the winner",
            "Hal Moss | Senator Hal Moss | REPORTED_ACT | DENOUNCE | the vote",
            "the governor | The governor | REPORTED_ACT | URGE | calm",
            "Ines Berg | Mayor Ines Berg | INDIRECT | INSIST | the budget was balanced"),
        text("no readiness when negated, and no speech in taking to the streets",
            "The club was not quick to condemn the chants. Thousands took to the streets to protest the ruling.",
            new String[0]),
        text("an aside between the cue and its that-clause",
            "The Daily Courier reported, citing two unnamed officials, that the deal was close. Mayor Ines Berg"
                + " said, according to a transcript released by her office, that the bridge would reopen.",
            "Daily Courier | The Daily Courier | REPORTED_ACT | EXPLAIN | two unnamed officials",
            "Daily Courier | The Daily Courier | INDIRECT | REPORT | the deal was close",
            "Ines Berg | Mayor Ines Berg | INDIRECT | SAY | the bridge would reopen"),
        text("a clause of its own after an object and 'and', with a verb not of the two joined",
            "Norway and Chile pledged funds and Peru is sending troops. Officials announced the road and the"
                + " bridge were closed. Ruiz condemned the attack and the government has vowed to respond.",
            "Norway | Norway | REPORTED_ACT | PROMISE | funds",
            "Chile | Chile | REPORTED_ACT | PROMISE | funds",
            "officials | Officials | INDIRECT | ANNOUNCE | the road and the bridge were closed",
            "Ruiz | Ruiz | REPORTED_ACT | DENOUNCE | the attack",
            "the government | the government | REPORTED_ACT | PROMISE | to respond"),
        text("a subject no lexicon knows, with an aside before its verb of speech",
            "The landlord, a retired teacher, said the rent was fair. The bank, Norway's second largest, said"
                + " profits fell. The prosecution, however, argued that the evidence was clear.",
            "the landlord | The landlord | INDIRECT | SAY | the rent was fair",
            "the bank | The bank | INDIRECT | SAY | profits fell",
            "the prosecution | The prosecution | INDIRECT | CLAIM | the evidence was clear"),
        text("a person's description ends before a verb of speech; the defence speaks",
            "The landlord said the witness had left. The defence said the witness was lying.",
            "the landlord | The landlord | INDIRECT | SAY | the witness had left",
            "the defence | The defence | INDIRECT | SAY | the witness was lying"),
        text("a noun phrase of known and unknown words before a verb of speech is its speaker",
            "The Spanish federation said the match would go ahead. Lebanon's culture minister said the museum would"
                + " reopen. Local shop owners say rents are too high. \"We are heartbroken,\" the surviving members"
                + " wrote. A UN fact-finding mission said in a report that the guards had beaten detainees. The"
                + " Democratic Progressive Party caucus also said the bill was unconstitutional.",
            "the Spanish federation | The Spanish federation | INDIRECT | SAY | the match would go ahead",
            "Lebanon's culture minister | Lebanon's culture minister | INDIRECT | SAY | the museum would reopen",
            "local shop owners | Local shop owners | INDIRECT | SAY | rents are too high",
            "the surviving members | the surviving members | DIRECT | SAY | We are heartbroken,",
            "a UN fact-finding mission | A UN fact-finding mission | INDIRECT | SAY | the guards had beaten detainees",
            "the Democratic Progressive Party caucus | The Democratic Progressive Party caucus | INDIRECT | SAY"
                + " | the bill was unconstitutional"),
        text("the company, the agency: the business or body named last, not past another name",
            "Veltra Motors said sales fell. Critics said the plan was bad. The company said it would appeal."
                + "\n\nThe Acme Safety Administration approved the drug. The agency said it was safe."
                + "\n\nOrbis Resorts said guests were safe. Hasbro hosted a panel. The company said it had switched.",
            "Veltra Motors | Veltra Motors | INDIRECT | SAY | sales fell",
            "critics | Critics | INDIRECT | SAY | the plan was bad",
            "Veltra Motors | The company | INDIRECT | SAY | it would appeal",
            "Acme Safety Administration | The agency | INDIRECT | SAY | it was safe",
            "Orbis Resorts | Orbis Resorts | INDIRECT | SAY | guests were safe",
            "the company | The company | INDIRECT | SAY | it had switched"),
        text("the subject of a participle is past the dateline; a sea's name takes no title after it",
            "BEIJING (AP) - China's military began drills on Monday, calling them a warning to separatists.\n\n"
                + "A helicopter flew near a destroyer in the East China Sea, Japan's defence minister said.",
            "People's Liberation Army | China's military | INDIRECT | SAY | them a warning to separatists",
            "Japan's defence minister | Japan's defence minister | INDIRECT | SAY | A helicopter flew near a"
                + " destroyer in the East China Sea"),
        text("things added to a list, envoys and products recalled, and documents posted are no speech",
            "Beijing added 11 defence firms to its \"unreliable entity list\". Beijing recalled its ambassador from"
                + " Vilnius. Veltra is recalling 410,000 vehicles. A video posted online showed the mayor. The"
                + " mayor said in a video posted online that the city would rebuild. A statement posted online said"
                + " the talks failed. The actress recalled her first film.",
            "the mayor | The mayor | INDIRECT | SAY | the city would rebuild",
            "a statement | A statement | INDIRECT | SAY | the talks failed",
            "the actress | The actress | INDIRECT | SAY | her first film"),
        text("what was said starts after its \"that\", past adverbs, times, places, an addressee and their name",
            "The regulator warned consumers on Tuesday that they could lose money. Walsh said afterwards that the"
                + " talks were frank. Scholz told Chinese President Xi Jinping during a video call on Thursday that"
                + " Germany wanted fair competition. Judge Ana Hollis told the defendant, Gary Pruitt, that he had"
                + " betrayed the town.",
            "the regulator | The regulator | INDIRECT | WARN | they could lose money",
            "Walsh | Walsh | INDIRECT | SAY | the talks were frank",
            "Scholz | Scholz | INDIRECT | SAY | Germany wanted fair competition",
            "Ana Hollis | Judge Ana Hollis | INDIRECT | SAY | he had betrayed the town"),
        text("but not past an object whose relative clause has the \"that\"",
            "The minister said the plan that was approved would cut taxes.",
            "the minister | The minister | INDIRECT | SAY | the plan that was approved would cut taxes"),
        text("after a speaker set off by commas, an adjunct ends the cue as a comma would",
            "Prices rose, the Red Cross said on Friday, and the toll was expected to rise. Germany will spend"
                + " more, Chancellor Olaf Reinhardt told parliament on Wednesday, meeting the NATO target. The"
                + " cause was heart failure, his daughter, Renee Bell, said. Kyodo News reported on Sunday, citing"
                + " government sources, that a summit was planned.",
            "International Committee of the Red Cross | the Red Cross | INDIRECT | SAY | Prices rose",
            "International Committee of the Red Cross | the Red Cross | INDIRECT | SAY | the toll was expected to"
                + " rise",
            "Olaf Reinhardt | Chancellor Olaf Reinhardt | INDIRECT | SAY | Germany will spend more",
            "Renee Bell | Renee Bell | INDIRECT | SAY | The cause was heart failure",
            "Kyodo News | Kyodo News | REPORTED_ACT | EXPLAIN | government sources",
            "Kyodo News | Kyodo News | INDIRECT | REPORT | a summit was planned"),
        text("a quotation goes on after the cue, its audience and adjuncts",
            "\"The evidence is clear,\" prosecutor Lena Moretti told jurors in her opening statement on Wednesday,"
                + " \"and she chose her victim.\" The president told students the war was over.",
            "Lena Moretti | prosecutor Lena Moretti | DIRECT | SAY | The evidence is clear,",
            "Lena Moretti | prosecutor Lena Moretti | DIRECT | SAY | and she chose her victim.",
            "the president | The president | INDIRECT | SAY | the war was over"),
        text("objects keep a participle's phrase and an infinitive's verb; platforms and audiences are no content",
            "The club condemned racist abuse directed at its forward on Tuesday. Ana Ruiz pledged to release a"
                + " fix. The band said on X they were gutted. Tom Hale said to reporters the plan was dead. A nurse"
                + " accused of poisoning three patients appeared in court.",
            "the club | The club | REPORTED_ACT | DENOUNCE | racist abuse directed at its forward",
            "Ana Ruiz | Ana Ruiz | REPORTED_ACT | PROMISE | to release a fix",
            "the band | The band | INDIRECT | SAY | they were gutted",
            "Tom Hale | Tom Hale | INDIRECT | SAY | the plan was dead"),
        text("speech in an opening subordinate or relative clause ends with the clause",
            "After the ministry said the road was safe, drivers kept using it. Hours before the bank said it would"
                + " cut rates, traders had begun selling. While the ministry said the outbreak was contained, doctors"
                + " at the hospital said beds were full. The minister, who last week told parliament the road was"
                + " safe, resigned on Tuesday.",
            "the ministry | the ministry | INDIRECT | SAY | the road was safe",
            "the bank | the bank | INDIRECT | SAY | it would cut rates",
            "the ministry | the ministry | INDIRECT | SAY | the outbreak was contained",
            "doctors | doctors | INDIRECT | SAY | beds were full",
            "the minister | The minister | INDIRECT | SAY | the road was safe"),
        text("a list of acts keeps its subject, past the objects of the acts before",
            "The UN condemned the attack, called for an inquiry and urged all parties to show restraint. Qatar"
                + " praised the families for their patience and called on Tehran to free the others. The party"
                + " accused Korhonen of giving away too much and demanded a vote.",
            "United Nations | The UN | REPORTED_ACT | DENOUNCE | the attack",
            "United Nations | The UN | REPORTED_ACT | DEMAND | an inquiry",
            "United Nations | The UN | INDIRECT | URGE | to show restraint",
            "Qatar | Qatar | REPORTED_ACT | PRAISE | the families for their patience",
            "Qatar | Qatar | INDIRECT | URGE | to free the others",
            "the party | The party | REPORTED_ACT | ACCUSE | Korhonen of giving away too much",
            "the party | The party | REPORTED_ACT | DEMAND | a vote"),
        text("a list of acts keeps its subject past the adjuncts of the act before",
            "Gill thanked her volunteers at a packed community hall downtown and promised to make housing her"
                + " priority.",
            "Gill | Gill | REPORTED_ACT | PRAISE | her volunteers",
            "Gill | Gill | REPORTED_ACT | PROMISE | to make housing her priority"),
        text("a full name no list knows, marked as a person's as the subject before, is whom he or she stands for",
            "Mayor Carlos Ibarra said the town would rebuild. Fisherman Alfredo Ruiz, 61, spent the night in a gym."
                + " \"It was hard,\" he said. Ana Ruiz toured the districts. Fort Myers was badly hit. She said the"
                + " city would rebuild. The mayor said the roads were closed. Tata Steel cut 300 jobs. \"It was"
                + " necessary,\" he said.",
            "Carlos Ibarra | Mayor Carlos Ibarra | INDIRECT | SAY | the town would rebuild",
            "Fisherman Alfredo Ruiz | he | DIRECT | SAY | It was hard,",
            "Ana Ruiz | She | INDIRECT | SAY | the city would rebuild",
            "Carlos Ibarra | The mayor | INDIRECT | SAY | the roads were closed",
            "Carlos Ibarra | he | DIRECT | SAY | It was necessary,"),
        text("review: recalled with a clause, would of the past, participles with an agent or a preposition,"
                + " a relative clause's own speech, the company and an NGO, an aside before the speaker, headlines",
            "The officer recalled that troops had held their fire. In 1998, she would tell investigators that she had"
                + " seen nothing. The company announced the merger, welcomed by investors as long overdue. The hotel"
                + " described in the report was demolished. The latest weather forecast predicted heavy rain. The"
                + " tenant who the landlord said had left was found. Norvik said profits rose. Oxfam criticised the"
                + " bonuses. The company said it paid fair wages. The winner was Ana Ruiz, a farmer, the jury said."
                + "\n\nMinister sacks head of the agency",
            "the officer | The officer | INDIRECT | SAY | troops had held their fire",
            "the officer | she | INDIRECT | SAY | she had seen nothing",
            "the company | The company | REPORTED_ACT | ANNOUNCE | the merger",
            "Norvik | Norvik | INDIRECT | SAY | profits rose",
            "Oxfam | Oxfam | REPORTED_ACT | CRITICIZE | the bonuses",
            "the company | The company | INDIRECT | SAY | it paid fair wages",
            "the jury | the jury | INDIRECT | SAY | The winner was Ana Ruiz, a farmer"),
        text("a conjunction that opens the sentence leaves its subject the speaker",
            "But a miner told reporters that the roof was cracked. And the Spanish federation said the match would"
                + " go ahead.",
            "a miner | a miner | INDIRECT | SAY | the roof was cracked",
            "the Spanish federation | the Spanish federation | INDIRECT | SAY | the match would go ahead"),
        text("speech that may come, with no one reporting it, is no statement; reported, it is",
            "The prime minister could announce his cabinet as early as Monday. The minister may also say more on"
                + " Monday. Tom Hale said the minister would announce the plan.",
            "Tom Hale | Tom Hale | INDIRECT | SAY | the minister would announce the plan",
            "the minister | the minister | REPORTED_ACT | ANNOUNCE | the plan"),
        text("according to those polled by a medium or a document seen by it: they, not the medium",
            "Growth will slow, according to economists polled by Reuters. Talks will resume, according to a draft"
                + " communique seen by Reuters.",
            "economists | economists | INDIRECT | SAY | Growth will slow",
            "a draft communique | a draft communique | INDIRECT | SAY | Talks will resume"),
        text("the ministry is a ministry the gazetteer does not know, named before",
            "Vietnam's Ministry of Industry and Trade said prices rose. The ministry said they were too high.",
            "Ministry of Industry and Trade | Vietnam's Ministry of Industry and Trade | INDIRECT | SAY | prices rose",
            "Ministry of Industry and Trade | The ministry | INDIRECT | SAY | they were too high"),
        text("a noun phrase before an aside or a relative clause, then a verb of speech, is the speaker",
            "A Norwegian delegate, speaking on condition of anonymity, said talks had broken down. A shopkeeper who"
                + " works nearby said he heard shouting. The Spanish federation, however, said the match would go"
                + " ahead.",
            "a Norwegian delegate | A Norwegian delegate | INDIRECT | SAY | talks had broken down",
            "a shopkeeper | A shopkeeper | INDIRECT | SAY | he heard shouting",
            "the Spanish federation | The Spanish federation | INDIRECT | SAY | the match would go ahead"),
        text("a description after an inverted verb of speech is its speaker, not the subject of a clause",
            "\"Our hearts are broken,\" wrote the band in a post on Instagram. Prices will rise, said the garment"
                + " association. The federation, however, said the match would go ahead.",
            "the band | the band | DIRECT | SAY | Our hearts are broken,",
            "the garment association | the garment association | INDIRECT | SAY | Prices will rise",
            "the federation | The federation | INDIRECT | SAY | the match would go ahead"),
        text("a longer phrase of the document after a trailing speaker ends the sentence, not its content",
            "The number of patients reached 7.9 million, the health service watchdog said in its annual report"
                + " published on Tuesday.",
            "the health service watchdog | the health service watchdog | INDIRECT | SAY | The number of patients"
                + " reached 7.9 million"),
        text("the widow of someone speaks, not the one she is the widow of",
            "The widow of Tom Hale said he had been ill. The manager of Ana Ruiz said she would sing again.",
            "the widow of Tom Hale | The widow of Tom Hale | INDIRECT | SAY | he had been ill",
            "the manager of Ana Ruiz | The manager of Ana Ruiz | INDIRECT | SAY | she would sing again"),
        text("one told of by whom they belong to speaks, also before a name of one word or a description",
            "A supporter of Navalny said the verdict was political. A classmate of the victim told reporters she was"
                + " quiet. The family of Navalny said he was murdered.",
            "a supporter | A supporter | INDIRECT | SAY | the verdict was political",
            "a classmate | A classmate | INDIRECT | SAY | she was quiet",
            "the family | The family | INDIRECT | SAY | he was murdered"),
        text("a spokesperson of someone speaks, as one for someone does",
            "A spokesman of the president said the visit was cancelled.",
            "a spokesman | A spokesman | INDIRECT | SAY | the visit was cancelled"),
        text("the spokesperson of someone named speaks",
            "The spokesman of Ana Ruiz said she was ill.",
            "the spokesman | The spokesman | INDIRECT | SAY | she was ill"),
        text("one supporter or relative of someone named speaks, not the one named",
            "A supporter of Marine Le Pen said the verdict was political. A relative of Ana Ruiz said she was afraid.",
            "a supporter of Marine Le Pen | A supporter of Marine Le Pen | INDIRECT | SAY | the verdict was political",
            "a relative of Ana Ruiz | A relative of Ana Ruiz | INDIRECT | SAY | she was afraid"),
        text("an object ends before another speaker's act; a description after an inverted verb only after a"
                + " clause",
            "Japan pledged $150 million and Saudi Arabia promised to rebuild 20 hospitals. Eckhart & Sons said the"
                + " author had died. Her publisher, Eckhart Books, announced her death on Monday.",
            "Japan | Japan | REPORTED_ACT | PROMISE | $150 million",
            "Saudi Arabia | Saudi Arabia | REPORTED_ACT | PROMISE | to rebuild 20 hospitals",
            "Eckhart & Sons | Eckhart & Sons | INDIRECT | SAY | the author had died",
            "Eckhart Books | Eckhart Books | REPORTED_ACT | ANNOUNCE | her death"),
        text("a passive's agent after a time, a name after its description, what was reported after it",
            "Parliament was told on Wednesday by Immigration Minister Dermot Kavanagh that the scheme would end. It"
                + " was reported on Tuesday by the state news agency Bernama that the talks had failed. The death of"
                + " Walter Munk was announced on Friday by the University of California, San Diego.",
            "Dermot Kavanagh | Immigration Minister Dermot Kavanagh | INDIRECT | SAY | the scheme would end",
            "Bernama | Bernama | INDIRECT | REPORT | the talks had failed",
            "University of California, San Diego | University of California, San Diego | REPORTED_ACT | ANNOUNCE"
                + " | The death of Walter Munk"),
        text("as reported by a medium: the medium says the clause; as quoted by it, not",
            "As reported by Kompas on Monday, the governor plans to resign. The mayor will run again, as reported"
                + " by the newspaper Kompas. \"It is an insult,\" the minister said, as quoted by Greek Reporter.",
            "Kompas | Kompas | INDIRECT | REPORT | the governor plans to resign",
            "Kompas | Kompas | INDIRECT | REPORT | The mayor will run again",
            "the minister | the minister | DIRECT | SAY | It is an insult,"),
        text("a subject after a subordinator speaks; an adverb of time before a clause and a relative that are no"
                + " content",
            "After the regulator said the bank was at risk, depositors withdrew cash. The governor said afterwards"
                + " he would veto the bill. Tom Hale told the story in a book that sold a million copies.",
            "the regulator | the regulator | INDIRECT | SAY | the bank was at risk",
            "the governor | The governor | INDIRECT | SAY | he would veto the bill",
            "Tom Hale | Tom Hale | INDIRECT | SAY | the story in a book that sold a million copies"),
        text("the first of a list of states after the heads of states speaks too; a place after of does not",
            "The presidents of Brazil, Argentina and Uruguay said the summit was a success. Ships sailed near the"
                + " coast of Taiwan, officials and a diplomat said.",
            "Brazil | Brazil | INDIRECT | SAY | the summit was a success",
            "Argentina | Argentina | INDIRECT | SAY | the summit was a success",
            "Uruguay | Uruguay | INDIRECT | SAY | the summit was a success",
            "officials | officials | INDIRECT | SAY | Ships sailed near the coast of Taiwan",
            "a diplomat | a diplomat | INDIRECT | SAY | Ships sailed near the coast of Taiwan"),
        text("two states' adjectives share the head of an anonymous source; a state named before and does not",
            "Israeli and Palestinian officials said the talks would resume. US and Chinese officials said the talks"
                + " were constructive. Talks between Israel and Palestinian officials resumed, the mediator said.",
            "Israeli officials | Israeli | INDIRECT | SAY | the talks would resume",
            "Palestinian officials | Palestinian officials | INDIRECT | SAY | the talks would resume",
            "US officials | US | INDIRECT | SAY | the talks were constructive",
            "Chinese officials | Chinese officials | INDIRECT | SAY | the talks were constructive",
            "the mediator | the mediator | INDIRECT | SAY | Talks between Israel and Palestinian officials resumed"),
        text("both ministers, the two men: each of the last two persons named",
            "Foreign Minister Ana Petrescu of Romania met Finnish Foreign Minister Aila Korhonen. Both ministers said"
                + " the crossing would open.\n\nTom Hale and Jim Reed were arrested. The two men said they were"
                + " innocent.",
            "Ana Petrescu | Both ministers | INDIRECT | SAY | the crossing would open",
            "Aila Korhonen | Both ministers | INDIRECT | SAY | the crossing would open",
            "Tom Hale | The two men | INDIRECT | SAY | they were innocent",
            "Jim Reed | The two men | INDIRECT | SAY | they were innocent"),
        text("the leaders or ministers of two states or more: each state",
            "The foreign ministers of Singapore and Indonesia reaffirmed their commitment to free trade. The leaders"
                + " of Japan, Australia and India said the talks were useful. The leaders of Fiji said the talks were"
                + " long.",
            "Singapore | Singapore | REPORTED_ACT | REITERATE | their commitment to free trade",
            "Indonesia | Indonesia | REPORTED_ACT | REITERATE | their commitment to free trade",
            "Japan | Japan | INDIRECT | SAY | the talks were useful",
            "Australia | Australia | INDIRECT | SAY | the talks were useful",
            "India | India | INDIRECT | SAY | the talks were useful",
            "the leaders | The leaders | INDIRECT | SAY | the talks were long"),
        text("what was urged keeps its negation",
            "China called on Tokyo and Manila not to harm the interests of third parties. The UN urged both sides"
                + " never to use force.",
            "China | China | INDIRECT | URGE | not to harm the interests of third parties",
            "United Nations | The UN | INDIRECT | URGE | never to use force"),
        text("people in a place speak, not the place",
            "A former city councillor in Lyon admitted that he had taken bribes. Shop owners in Lyon said sales"
                + " fell.",
            "a former city councillor in Lyon | A former city councillor in Lyon | INDIRECT | ACKNOWLEDGE | he had"
                + " taken bribes",
            "shop owners in Lyon | Shop owners in Lyon | INDIRECT | SAY | sales fell"),
        text("a state's possessive before an organisation's name is part of the speaker as written",
            "Two carriers sailed past the island, Japan's Acme Defence Office said on Monday.",
            "Acme Defence Office | Japan's Acme Defence Office | INDIRECT | SAY | Two carriers sailed past the island"),
        text("but no speaker before a participle, an adverb, a name given, a passive or a verb that needs none",
            "The total reported casualties rose to 40. Ana Ruiz first said the plan was fair. The president"
                + " himself said the talks had failed. The lake, a process called \"drainage\" emptied, dried. The"
                + " tunnel said to link the towns was sealed. The loss denied the team a place in the final.",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the plan was fair",
            "the president | The president | INDIRECT | SAY | the talks had failed"),
        text("people for someone speak, not the one they act for",
            "Lawyers for the family said they would appeal. Attorneys for Tom Reed said he was innocent.",
            "lawyers | Lawyers | INDIRECT | SAY | they would appeal",
            "attorneys | Attorneys | INDIRECT | SAY | he was innocent"),
        text("according to a source's poll, estimate or forecasts: the source, and the clause before",
            "Inflation rose to 3 percent, according to a Reuters poll. About 5,000 people attended, according to"
                + " a police estimate. Growth slowed, according to IMF forecasts published on Tuesday.",
            "Reuters | a Reuters poll | INDIRECT | SAY | Inflation rose to 3 percent",
            "police | police | INDIRECT | SAY | About 5,000 people attended",
            "International Monetary Fund | IMF | INDIRECT | SAY | Growth slowed"),
        text("a pronoun after one person by role as the subject before, with no one who spoke",
            "The prime minister arrived in Paris on Monday. She said the talks would be hard.",
            "the prime minister | She | INDIRECT | SAY | the talks would be hard"),
        text("a chief executive in lower case is a company's",
            "The chief executive resigned on Friday. He said he had no regrets.",
            "the chief executive | He | INDIRECT | SAY | he had no regrets"),
        text("no role for a pronoun after a passive",
            "The victim was taken to hospital. He said he was fine.",
            "- | He | INDIRECT | SAY | he was fine"),
        text("one person of a nation by a noun with a plural of its own, also before an age",
            "Ana Ruiz won the race. The Spaniard said she was delighted. Karl Berg won gold. The Swede, 36,"
                + " told a news conference he would retire.",
            "Ana Ruiz | The Spaniard | INDIRECT | SAY | she was delighted",
            "Karl Berg | The Swede | INDIRECT | SAY | he would retire"),
        text("claiming what is won or taken, and being admitted to hospital, are no speech",
            "The earthquake claimed the lives of 200 people. Berg claimed gold in Doha. The party claimed 52 of"
                + " the 90 seats. Jones, 71, admitted to hospital last week, is recovering.",
            new String[0]),
        text("but claims of victory, of responsibility and of a clause are",
            "The rebels claimed victory. Police claimed the lives of the hostages were at risk. Tom Hale"
                + " admitted to the affair.",
            "the rebels | The rebels | REPORTED_ACT | CLAIM | victory",
            "Police | Police | INDIRECT | CLAIM | the lives of the hostages were at risk",
            "Tom Hale | Tom Hale | REPORTED_ACT | ACKNOWLEDGE | the affair"),
        text("a clause without that whose verb is in the present, after a weak cue",
            "Critics argue the law hurts farmers. The union argues the plan hurts workers. She maintains the"
                + " roads near her farm. The council maintains the park benches along the river.",
            "critics | Critics | INDIRECT | CLAIM | the law hurts farmers",
            "the union | The union | INDIRECT | CLAIM | the plan hurts workers"),
        text("as someone put it, and paying tribute",
            "As one farmer put it: \"We have nothing left.\" \"The town is gone,\" as the mayor put it. As the"
                + " minister put it, the talks are dead. He put it on the table. The governor paid tribute to the"
                + " firefighters.",
            "one farmer | one farmer | DIRECT | SAY | We have nothing left.",
            "the mayor | the mayor | DIRECT | SAY | The town is gone,",
            "the minister | the minister | INDIRECT | SAY | the talks are dead",
            "the governor | The governor | REPORTED_ACT | PRAISE | the firefighters"),
        text("a weak verb of saying before an adverbial clause says nothing",
            "Protests in the capital continued as police warned that force would be used.",
            "police | police | INDIRECT | WARN | force would be used"),
        text("a participle after coordinated speakers is each one's",
            "Kenya and Tanzania called for a ceasefire, warning that the fighting could spread.",
            "Kenya | Kenya | REPORTED_ACT | DEMAND | a ceasefire",
            "Tanzania | Tanzania | REPORTED_ACT | DEMAND | a ceasefire",
            "Kenya | Kenya | INDIRECT | WARN | the fighting could spread",
            "Tanzania | Tanzania | INDIRECT | WARN | the fighting could spread"),
        text("a region's adjective in an anonymous source, which keeps its capital",
            "The talks have stalled, said a senior European diplomat. Asian officials said the deal was fair.",
            "a senior European diplomat | a senior European diplomat | INDIRECT | SAY | The talks have stalled",
            "Asian officials | Asian officials | INDIRECT | SAY | the deal was fair"),
        text("quoting someone in an aside is an act with an object; quoted saying is the one quoted",
            "The newspaper, quoting two officials, said the deal was signed. The BBC quoted the minister saying"
                + " the talks had failed.",
            "the newspaper | The newspaper | REPORTED_ACT | REPORT | two officials",
            "the newspaper | The newspaper | INDIRECT | SAY | the deal was signed",
            "BBC | The BBC | REPORTED_ACT | REPORT | the minister saying the talks had failed",
            "the minister | the minister | INDIRECT | SAY | the talks had failed"),
        text("an aside summing up what was said ends it, and its own speaker speaks of the same",
            "The rebels claimed to have captured the town, a claim the army disputed. Police said the man was"
                + " armed, a claim his family rejected.",
            "the rebels | The rebels | INDIRECT | CLAIM | to have captured the town",
            "Army | the army | INDIRECT | REJECT | to have captured the town",
            "Police | Police | INDIRECT | SAY | the man was armed",
            "family | family | INDIRECT | REJECT | the man was armed"),
        text("defending takes an object, and a participle after it speaks of its own",
            "The coach defended his decision to rest key players, telling reporters the squad was \"exhausted\"."
                + " The minister defended that the plan was fair.",
            "the coach | The coach | REPORTED_ACT | INSIST | his decision to rest key players",
            "the coach | The coach | MIXED | SAY | the squad was \"exhausted\"",
            "the minister | The minister | INDIRECT | INSIST | the plan was fair"),
        text("a cue-less quotation over paragraphs goes on one statement a paragraph",
            "Tom Reed stood on the pier. \"We lost everything,\" Reed said. \"Our boats are gone.\n"
                + "\"All we have left is each other.\n\"We will rebuild.\"",
            "Tom Reed | Reed | DIRECT | SAY | We lost everything,",
            "Tom Reed | - | DIRECT | SAY | Our boats are gone.",
            "Tom Reed | - | DIRECT | SAY | All we have left is each other.",
            "Tom Reed | - | DIRECT | SAY | We will rebuild."),
        text("others speaking after 'with' end what was said",
            "The driver said he lost control, with some local press claiming he was speeding. The mayor said the"
                + " road was safe, with officials saying repairs were done.",
            "the driver | The driver | INDIRECT | SAY | he lost control",
            "some local press | some local press | INDIRECT | CLAIM | he was speeding",
            "the mayor | The mayor | INDIRECT | SAY | the road was safe",
            "officials | officials | INDIRECT | SAY | repairs were done"),
        text("a number in words after reports starts its object; press freedom groups are known",
            "The rights group reports fifteen arrests this year. Reporters Without Borders said the law was harsh.",
            "the rights group | The rights group | INDIRECT | REPORT | fifteen arrests this year",
            "Reporters Without Borders | Reporters Without Borders | INDIRECT | SAY | the law was harsh"),
        text("the name set off after a role of a body named in capitals is who speaks",
            "The general manager of Gulf Star Media, Omar bin Said, blamed the rebels. The family of one"
                + " victim, Jacques Perrin, said they were devastated.",
            "Omar bin Said | Omar bin Said | REPORTED_ACT | ACCUSE | the rebels",
            "the family | The family | INDIRECT | SAY | they were devastated"),
        text("what was said goes on after 'and' past a cue set off by commas, inverted or not",
            "The bomb was placed on a motorcycle, said police chief Ali Hassan, and was left outside a restaurant."
                + " The army attacked, the ministry said, and the rebels fled.",
            "Ali Hassan | police chief Ali Hassan | INDIRECT | SAY | The bomb was placed on a motorcycle",
            "Ali Hassan | police chief Ali Hassan | INDIRECT | SAY | was left outside a restaurant",
            "the ministry | the ministry | INDIRECT | SAY | The army attacked",
            "the ministry | the ministry | INDIRECT | SAY | the rebels fled"),
        text("the press told is no part of the object; reports of an event responded to are a deed",
            "Government sources confirmed his identity to various news outlets. Police responded to multiple"
                + " reports of a shooting. The club's announcement of the move specified no fee.",
            "government sources | Government sources | REPORTED_ACT | CONFIRM | his identity",
            "the club | The club | REPORTED_ACT | ANNOUNCE | the move"),
        text("a subject no lexicon knows right after a verb of speech speaks in its turn; wondering about is no question",
            "The manager said his roommates said they last saw him on Saturday. Historians have long wondered about"
                + " the role of the statues.",
            "the manager | The manager | INDIRECT | SAY | his roommates said they last saw him on Saturday",
            "his roommates | his roommates | INDIRECT | SAY | they last saw him on Saturday"),
        text("a conjunction at the edge of what was said is no part of it",
            "The minister said the bridge was safe and",
            "the minister | The minister | INDIRECT | SAY | the bridge was safe"),
        text("a body's noun before a person's or another body's noun is a modifier, not the head",
            "A military spokesman said the talks failed. The opposition party said the vote was rigged. A ministry"
                + " official said the plan was dropped.",
            "a military spokesman | A military spokesman | INDIRECT | SAY | the talks failed",
            "the opposition party | The opposition party | INDIRECT | SAY | the vote was rigged",
            "a ministry official | A ministry official | INDIRECT | SAY | the plan was dropped"),
        text("a quotation that ends a clause of the writer's words before the speaker: the clause, mixed",
            "The detention was \"unacceptable,\" the ministry said. \"We will not accept this,\" the minister said.",
            "the ministry | the ministry | MIXED | SAY | The detention was \"unacceptable,\"",
            "the minister | the minister | DIRECT | SAY | We will not accept this,"),
        text("a gathering told is no content",
            "The country will take countermeasures, spokesman Lin Wei told a regular press briefing. Ana Ruiz told"
                + " a parliamentary committee the bank was safe.",
            "Lin Wei | spokesman Lin Wei | INDIRECT | SAY | The country will take countermeasures",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the bank was safe"),
        text("how it was said after a cue set off by commas is no second statement",
            "The talks failed, the State Department said, without giving details.",
            "State Department | the State Department | INDIRECT | SAY | The talks failed"),
        text("the pronoun after a quotation is that sentence's subject too",
            "The prime minister arrived in Paris. \"We are here to listen,\" she said.",
            "the prime minister | she | DIRECT | SAY | We are here to listen,"),
        text("a speaker and cue that end the sentence, after a quotation or a short adjunct, end what was said before",
            "Kanai urged the city to take \"appropriate action,\" Kyodo News reported. Liu told Kanai that Tokyo"
                + " had damaged ties, the ministry said in a statement.",
            "Kyodo News | Kyodo News | MIXED | REPORT | Kanai urged the city to take \"appropriate action,\"",
            "Kanai | Kanai | MIXED | URGE | to take \"appropriate action,\"",
            "the ministry | the ministry | INDIRECT | SAY | Liu told Kanai that Tokyo had damaged ties",
            "Liu | Liu | INDIRECT | SAY | Tokyo had damaged ties"),
        text("diplomatic dissatisfaction; a call made and a question named are nouns",
            "The ministry expressed strong dissatisfaction with the vote. Ruiz told Hale in a phone call on Friday"
                + " that the deal was off. Hale said the Kosovo question was settled.",
            "the ministry | The ministry | REPORTED_ACT | DENOUNCE | strong dissatisfaction with the vote",
            "Ruiz | Ruiz | INDIRECT | SAY | the deal was off",
            "Hale | Hale | INDIRECT | SAY | the Kosovo question was settled"),
        text("a possessive owns the noun after it, which is no addressee",
            "Tokyo reiterated its opposition to the sanctions.",
            "Japan | Tokyo | REPORTED_ACT | REITERATE | its opposition to the sanctions"),
        text("according to a description and the name right after it: the name",
            "The death toll rose to 12, according to Chinese state broadcaster CCTV.",
            "CCTV | CCTV | INDIRECT | SAY | The death toll rose to 12"),
        text("a ruling with a time or a vote before its clause, and a long subject in it",
            "The court ruled on Thursday that the law was unconstitutional. The Supreme Court ruled 6-3 that the ban"
                + " was illegal. The court ruled that the decision to move the credit was illegal. The party that"
                + " ruled that country for decades lost.",
            "the court | The court | INDIRECT | SAY | the law was unconstitutional",
            "Supreme Court | The Supreme Court | INDIRECT | SAY | the ban was illegal",
            "Supreme Court | The court | INDIRECT | SAY | the decision to move the credit was illegal"),
        text("a list of speakers with an article before one of them",
            "Japan, Australia, the Philippines and India said the drills were lawful.",
            "Japan | Japan | INDIRECT | SAY | the drills were lawful",
            "Australia | Australia | INDIRECT | SAY | the drills were lawful",
            "Philippines | Philippines | INDIRECT | SAY | the drills were lawful",
            "India | India | INDIRECT | SAY | the drills were lawful"),
        text("defending speaks of decisions and words, not of an industry; posting videos is no speech",
            "The government would defend its industry. The coach defended his decision. He posted videos of the"
                + " incident.",
            "the coach | The coach | REPORTED_ACT | INSIST | his decision"),
        text("a participle of accusing after a noun describes it; the noun speaks by the later verb",
            "Three firms accused of helping the rebels were fined. Police accused of brutality said they acted"
                + " lawfully.",
            "Police | Police | INDIRECT | SAY | they acted lawfully"),
        text("a month as a surname, and two particles before a surname",
            "Defence Minister Dong Jun said the drills were routine. Commission President Ursula von der Leyen said"
                + " the deal was fair. The vote was held on Friday Jun 5. Theresa May said the deal was fair. In May"
                + " the deal was signed.",
            "Dong Jun | Defence Minister Dong Jun | INDIRECT | SAY | the drills were routine",
            "Ursula von der Leyen | Commission President Ursula von der Leyen | INDIRECT | SAY | the deal was fair",
            "Theresa May | Theresa May | INDIRECT | SAY | the deal was fair"),
        text("edges of this round's rules that must not fire",
            "But \"we will win this fight,\" she said. Officials confirmed the Trade and Industry Ministry was"
                + " closed. The explosion, heard across the city, said witnesses, shattered windows. An appeal lawyer"
                + " said the verdict would be challenged. The judge ruled out that possibility. The minister"
                + " admitted to the hospital board that mistakes were made. The Guardian reports that the minister"
                + " will resign. The president, as his aide put it, was furious.",
            "- | she | DIRECT | SAY | we will win this fight,",
            "officials | Officials | INDIRECT | CONFIRM | the Trade and Industry Ministry was closed",
            "witnesses | witnesses | INDIRECT | SAY | The explosion, heard across the city",
            "an appeal lawyer | An appeal lawyer | INDIRECT | SAY | the verdict would be challenged",
            "the minister | The minister | INDIRECT | ACKNOWLEDGE | mistakes were made",
            "The Guardian | The Guardian | INDIRECT | REPORT | the minister will resign"),
        text("a name given inside 'what' is said by the one named there, unless a pronoun names it inside what its"
                + " speaker says",
            "MONUSCO condemned what it described as \"the hostile acts of M23\" and called for a halt. Rosa"
                + " Otunbayeva expressed concern over what she called security threats from Afghanistan. Thai troops"
                + " moved into what Bangkok calls disputed territory and Cambodia calls sovereign. China rejected what"
                + " Manila calls its exclusive economic zone, saying the waters were Chinese.",
            MONUSCO + " | MONUSCO | REPORTED_ACT | DENOUNCE | what it described as \"the hostile acts of M23\"",
            MONUSCO + " | MONUSCO | REPORTED_ACT | DEMAND | a halt",
            "Rosa Otunbayeva | Rosa Otunbayeva | REPORTED_ACT | EXPRESS_CONCERN"
                + " | concern over what she called security threats from Afghanistan",
            "Thailand | Bangkok | REPORTED_ACT | SAY | disputed territory",
            "Cambodia | Cambodia | REPORTED_ACT | SAY | sovereign",
            "China | China | REPORTED_ACT | REJECT | what Manila calls its exclusive economic zone",
            "Philippines | Manila | REPORTED_ACT | SAY | its exclusive economic zone",
            "China | China | INDIRECT | SAY | the waters were Chinese"),
        text("but not a naming with no name given, nor a call without 'what'",
            "The ministry rejected what it described. She knew what they called him.",
            "the ministry | The ministry | REPORTED_ACT | REJECT | what it described"),
        text("a cue with no object closing a relative clause acts on what the clause describes",
            "The trip comes amid increased Chinese military maneuvers around Taiwan, which the German Foreign"
                + " Ministry condemned. Kenya is accused of arming rebels, a charge Nairobi denies. The sanctions,"
                + " which Moscow denounced as illegal, took effect. The front sent the police a plan for the march,"
                + " which Lee rejected. Lin read the allegations of the ruling party that Khan denied.",
            "Foreign Ministry (Germany) | the German Foreign Ministry | REPORTED_ACT | DENOUNCE"
                + " | increased Chinese military maneuvers around Taiwan",
            "- | - | REPORTED_ACT | ACCUSE | Kenya",
            "Kenya | Nairobi | REPORTED_ACT | DENY | a charge",
            "Russia | Moscow | REPORTED_ACT | DENOUNCE | The sanctions",
            "Lee | Lee | REPORTED_ACT | REJECT | a plan for the march",
            "Khan | Khan | REPORTED_ACT | DENY | the allegations of the ruling party"),
        text("but not a name given, an adverbial, a summary of what was said, nor a cue with an object",
            "The House voted, which Ross has referred to as \"a stunt\". Qawi was accused of inciting the murder in"
                + " some way, which he denied. A tribunal said the claim had no basis, a decision Beijing rejected."
                + " The report, which Moscow rejected the findings of, was published.",
            "Ross | Ross | REPORTED_ACT | SAY | as \"a stunt\"",
            "- | - | REPORTED_ACT | ACCUSE | Qawi",
            "a tribunal | A tribunal | INDIRECT | SAY | the claim had no basis",
            "China | Beijing | INDIRECT | REJECT | the claim had no basis"),
        text("regret and portray are cues",
            "Faisal regretted that India did not allow the pilgrims to visit. Taipei regretted its exclusion. US"
                + " officials portray Chavez as a regional menace.",
            "Faisal | Faisal | INDIRECT | EXPRESS_CONCERN | India did not allow the pilgrims to visit",
            "Taiwan | Taipei | REPORTED_ACT | EXPRESS_CONCERN | its exclusion",
            "US officials | US officials | INDIRECT | SAY | Chavez as a regional menace"),
        text("a noun of speech drawn from a speaker is about what drew it",
            "The siege, and the refusal to protect staff, drew strong protest from the EU, NATO and the United"
                + " States. Syria returned to the Arab League, sparking criticism from Britain. The plan has drawn"
                + " praise from France. The remarks drew criticism. The law faced criticism from rights groups.",
            "European Union | the EU | REPORTED_ACT | DENOUNCE | The siege, and the refusal to protect staff",
            "North Atlantic Treaty Organization | NATO | REPORTED_ACT | DENOUNCE | The siege, and the refusal to"
                + " protect staff",
            "United States | United States | REPORTED_ACT | DENOUNCE | The siege, and the refusal to protect staff",
            "United Kingdom | Britain | REPORTED_ACT | CRITICIZE | Syria returned to the Arab League",
            "France | France | REPORTED_ACT | PRAISE | The plan"),
        text("they: the two who met, also inside what a person said",
            "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels. EU foreign policy"
                + " chief Josep Borrell said they agreed to continue the talks. Foreign Minister Wang Yi met Sergei"
                + " Lavrov in Moscow. They said the talks were candid.",
            "Josep Borrell | EU foreign policy chief Josep Borrell | INDIRECT | SAY | they agreed to continue the talks",
            "Aleksandar Vucic | they | REPORTED_ACT | AGREE | to continue the talks",
            "Albin Kurti | they | REPORTED_ACT | AGREE | to continue the talks",
            "Wang Yi | They | INDIRECT | SAY | the talks were candid",
            "Sergei Lavrov | They | INDIRECT | SAY | the talks were candid"),
        text("but not a they inside what a body said, nor two who did not meet",
            "Police said they arrested two men. Judge Ann Roe sentenced Tom Hart. Officials said they would appeal.",
            "Police | Police | INDIRECT | SAY | they arrested two men",
            "officials | Officials | INDIRECT | SAY | they would appeal"),
        text("a spokesperson for a title, then a name: the spokesperson",
            "\"We need to act,\" Spokesperson for the UN Secretary-General Stéphane Dujarric told reporters. It must"
                + " be voluntary, said the spokesperson. UN Secretary-General Antonio Guterres said the talks failed.",
            "Stéphane Dujarric | Spokesperson | DIRECT | SAY | We need to act,",
            "Stéphane Dujarric | the spokesperson | INDIRECT | SAY | It must be voluntary",
            "Antonio Guterres | UN Secretary-General Antonio Guterres | INDIRECT | SAY | the talks failed"),
        text("a trailing press service of a named body is the body",
            "The ministers discussed border issues, the press service of the Kyrgyz Foreign Ministry said.",
            "Foreign Ministry (Kyrgyzstan) | the press service of the Kyrgyz Foreign Ministry | INDIRECT | SAY"
                + " | The ministers discussed border issues"),
        text("quotations marked the old wire way, with two backticks and two apostrophes",
            "``The negotiations are continuing,`` Weissman said. She added, ``There will be pickets.'' ``We`re"
                + " disappointed,'' said company spokeswoman Edith Herman.",
            "Weissman | Weissman | DIRECT | SAY | The negotiations are continuing,",
            "Weissman | She | DIRECT | SAY | There will be pickets.",
            "Edith Herman | spokeswoman Edith Herman | DIRECT | SAY | We`re disappointed,"),
        text("diplomats recalled, guests welcomed, a worry caused, a deed in response, refugees pushed back and a visit"
                + " say nothing",
            "Lithuania is recalling all her diplomats from Beijing. Welcoming his Uzbek counterpart at the residence,"
                + " Japarov praised the ties. The envoy called on Foreign Minister Amir Khan Muttaqi to discuss trade."
                + " Poland has responded to the arrivals by sending soldiers. The base is in the Solomon Islands,"
                + " which worries Australia. Refugees were pushed back by Polish officials.",
            "Japarov | Japarov | REPORTED_ACT | PRAISE | the ties"),
        text("but the same verbs speak in their speaking senses",
            "She recalled that the talks failed. Japan welcomed his counterpart's plan. The UN called on Israel to"
                + " halt strikes. He responded by saying that talks were over. Canberra worries that the base is near.",
            "- | She | INDIRECT | SAY | the talks failed",
            "Japan | Japan | REPORTED_ACT | WELCOME | his counterpart's plan",
            "United Nations | The UN | INDIRECT | URGE | to halt strikes",
            "- | He | INDIRECT | SAY | talks were over",
            "Australia | Canberra | INDIRECT | EXPRESS_CONCERN | the base is near"),
        text("no reaction drawn when it was not, or may be later, or is no reaction, or from a plural possessive",
            "The move failed to draw condemnation from the UN Security Council. The decision did not draw any"
                + " criticism from Washington. The raid never drew a protest from Baghdad. The move would draw"
                + " criticism from Moscow. The plan drew interest from investors. The incident prompted a statement"
                + " from the Foreign Ministry. The ruling drew protests from the victims' families."),
        text("no portraying without as, no visit by a non-diplomat, guests and worries only as such",
            "The actor, who portrayed Winston Churchill on stage, died. Lawmakers called on Defense Secretary Lloyd"
                + " Austin to brief Congress. Ministers welcomed the new guest worker scheme. Washington worries"
                + " China will invade Taiwan.",
            "lawmakers | Lawmakers | INDIRECT | URGE | to brief Congress",
            "ministers | Ministers | REPORTED_ACT | WELCOME | the new guest worker scheme",
            "United States | Washington | REPORTED_ACT | EXPRESS_CONCERN | China will invade Taiwan"),
        text("they is the two who met only as the first of what a person said, with something said after its cue",
            "Sergei Lavrov met Antony Blinken in Geneva. Lavrov said the Americans had not responded and they had"
                + " promised an answer. Aleksandar Vucic met Albin Kurti. Josep Borrell said they agreed on a road"
                + " map.",
            "Sergei Lavrov | Lavrov | INDIRECT | SAY | the Americans had not responded and they had promised an answer",
            "- | they | REPORTED_ACT | PROMISE | an answer",
            "Josep Borrell | Josep Borrell | INDIRECT | SAY | they agreed on a road map"),
        text("a spokesperson for a head of state named after the title is no one named",
            "A spokesperson for the UN Secretary-General Antonio Guterres said the talks would resume. Spokesperson"
                + " for the President Joe Biden said the White House would not comment.",
            "a spokesperson | A spokesperson | INDIRECT | SAY | the talks would resume",
            "a spokesperson | Spokesperson | INDIRECT | SAY | the White House would not comment"),
        text("it after a body no list knows is that body, not a medium named before",
            "In a Twitter post, Foreign Secretary Jon Berg said: \"They are fishing.\" A government taskforce said the"
                + " boats can catch a tonne of fish a day. It said 240 were in the area.",
            "Jon Berg | Foreign Secretary Jon Berg | DIRECT | SAY | They are fishing.",
            "a government taskforce | A government taskforce | INDIRECT | SAY | the boats can catch a tonne of fish a"
                + " day",
            "a government taskforce | It | INDIRECT | SAY | 240 were in the area"),
        text("the island is the island state named last, unless an island of a name came since; the kingdom",
            "Chinese jets flew near Taiwan on Friday. The island's defence ministry said 18 jets had crossed the"
                + " line. Saudi Arabia cut output. The kingdom said prices were too low. China sent jets toward Woody"
                + " Island. The island said it was calm.",
            "Defense Ministry (Taiwan) | The island's defence ministry | INDIRECT | SAY | 18 jets had crossed the"
                + " line",
            "Saudi Arabia | The kingdom | INDIRECT | SAY | prices were too low",
            "the island | The island | INDIRECT | SAY | it was calm"),
        text("a noun in -ly after the cue is no adverb",
            "The ministry said supply was ample. He said repeatedly the rally was peaceful.",
            "the ministry | The ministry | INDIRECT | SAY | supply was ample",
            "- | He | INDIRECT | SAY | the rally was peaceful"),
        text("a business's noun with a word no name has is the one business named, if only one was",
            "Grain handler CBH vowed to fight the decision. Minister Tom Hale said the government would help. But the"
                + " grain cooperative insists there is no evidence. Shell and Exxon cut output. The oil company said"
                + " prices fell.",
            "CBH | CBH | REPORTED_ACT | PROMISE | to fight the decision",
            "Tom Hale | Minister Tom Hale | INDIRECT | SAY | the government would help",
            "CBH | the grain cooperative | INDIRECT | INSIST | there is no evidence",
            "the oil company | The oil company | INDIRECT | SAY | prices fell"),
        text("two who held a call after one of them spoke: the two, and the chiefs of their titles' words",
            "Defence Secretary Delfin Lorenzana said the drills would start. Lorenzana and his U.S. counterpart Lloyd"
                + " Austin held a phone call on Sunday. The defence chiefs also reiterated the importance of the pact."
                + " Foreign Minister Ana Ruiz said talks would resume. Ruiz and her Chilean counterpart Jon Berg spoke"
                + " by telephone. The two agreed to meet.",
            "Delfin Lorenzana | Defence Secretary Delfin Lorenzana | INDIRECT | SAY | the drills would start",
            "Delfin Lorenzana | The defence chiefs | REPORTED_ACT | REITERATE | the importance of the pact",
            "Lloyd Austin | The defence chiefs | REPORTED_ACT | REITERATE | the importance of the pact",
            "Ana Ruiz | Foreign Minister Ana Ruiz | INDIRECT | SAY | talks would resume",
            "Ana Ruiz | The two | REPORTED_ACT | AGREE | to meet",
            "Jon Berg | The two | REPORTED_ACT | AGREE | to meet"),
        text("it in what it said: the state named last in the sentence, else the it before it or the opening clause's",
            "Japan's Prime Minister's Office said it was on alert. Tension rose after North Korea's fourth nuclear"
                + " test, of what it said was a hydrogen bomb. The defense department said the patrols would go on."
                + " Although the United States lays no claims to the waters, it has challenged China's claims by"
                + " deploying warships for what it calls freedom of navigation patrols.",
            "Prime Minister's Office (Japan) | Japan's Prime Minister's Office | INDIRECT | SAY | it was on alert",
            "North Korea | it | INDIRECT | SAY | was a hydrogen bomb",
            "Pentagon | The defense department | INDIRECT | SAY | the patrols would go on",
            "United States | it | REPORTED_ACT | SAY | freedom of navigation patrols"),
        text("a report or commentary after the quoted words is the medium, not said",
            "China berated Abe, saying it would \"further poison bilateral ties\" in a strongly-worded report carried"
                + " by state-run Xinhua. Seoul called the visit \"deplorable\" in a commentary published on Monday.",
            "China | China | REPORTED_ACT | CRITICIZE | Abe",
            "China | China | MIXED | SAY | it would \"further poison bilateral ties\"",
            "South Korea | Seoul | MIXED | SAY | the visit \"deplorable\""),
        text("a subject and its apposition are no clause said, and the apposition does not speak",
            "The World Health Organization, a UN agency, said the virus spread fast. A spokeswoman for the"
                + " International Maritime Organization, a UN agency, said the agency had been told. The minister met"
                + " Macron, said the spokesman.",
            "World Health Organization | The World Health Organization | INDIRECT | SAY | the virus spread fast",
            "a spokeswoman for the International Maritime Organization | A spokeswoman for the International Maritime"
                + " Organization | INDIRECT | SAY | the agency had been told",
            "the spokesman | the spokesman | INDIRECT | SAY | The minister met Macron"),
        text("a that after what is warned against opens a relative clause",
            "Wang Yi warned Washington against moves that infringe on China's sovereignty.",
            "Wang Yi | Wang Yi | REPORTED_ACT | WARN | Washington against moves that infringe on China's sovereignty"),
        text("a reaction drawn by a move that sums up the clause before it is about that clause",
            "Japan released the treated water into the sea, a move that sparked criticism from China. The plan, a"
                + " scheme that drew praise from France, was shelved.",
            "China | China | REPORTED_ACT | CRITICIZE | Japan released the treated water into the sea",
            "France | France | REPORTED_ACT | PRAISE | The plan"),
        text("a press service of a person named is the person",
            "The talks were constructive, the press service of President Vladimir Putin said.",
            "Vladimir Putin | the press service of President Vladimir Putin | INDIRECT | SAY | The talks were"
                + " constructive"),
        text("its in a sentence no one spoke in is the state or body it opens with",
            "The ministry said talks had failed. Japan summoned the Chinese ambassador to press its demand for Chinese"
                + " vessels to leave the reef.",
            "the ministry | The ministry | INDIRECT | SAY | talks had failed",
            "Japan | its | REPORTED_ACT | DEMAND | Chinese vessels to leave the reef"),
        text("the one who summoned an envoy speaks in the infinitive after the envoy",
            "Manila summoned Chinese Ambassador Huang Xilian to press for the withdrawal of its vessels. Japan"
                + " summoned the Chinese ambassador to protest the incursion.",
            "Philippines | Manila | REPORTED_ACT | DEMAND | the withdrawal of its vessels",
            "Japan | Japan | REPORTED_ACT | DENOUNCE | the incursion"),
        text("a reason cited without a comma is the subject's",
            "The company cut jobs citing weak demand. Abe stepped down a year later citing ill health.",
            "the company | The company | REPORTED_ACT | EXPLAIN | weak demand",
            "Abe | Abe | REPORTED_ACT | EXPLAIN | ill health"),
        text("debunk is a cue of denial",
            "The military debunked China's claim that the vessels were sheltering.",
            "the military | The military | INDIRECT | DENY | China's claim that the vessels were sheltering",
            "China | China | INDIRECT | CLAIM | the vessels were sheltering"),
        text("a speaker and cue after the comma say what an intransitive cue before it did",
            "Manila protested on Monday, the foreign ministry said. Japan warned on Friday, officials said in a"
                + " statement. He said on Monday, the talks had failed.",
            "Foreign Ministry (Philippines) | the foreign ministry | INDIRECT | SAY | Manila protested on Monday",
            "officials | officials | INDIRECT | SAY | Japan warned on Friday",
            "- | He | INDIRECT | SAY | the talks had failed"),
        text("a role with no verb before a name set off by commas is the speaker's; an object pronoun does not speak",
            "“You don’t invade with a few battalions, okay?” United States’ envoy to NATO, Douglas Lute, told"
                + " reporters. The hospital treating him said Monday that he was out of a coma.",
            "Douglas Lute | Douglas Lute | DIRECT | SAY | You don’t invade with a few battalions, okay?",
            "the hospital | The hospital | INDIRECT | SAY | he was out of a coma"),
        text("a name given only, set off by a comma, after an inverted cue",
            "\"I saw dead bodies,\" said one man, who gave his name only as Steven.",
            "Steven | Steven | DIRECT | SAY | I saw dead bodies,"),
        text("a dateline that lost its dash is no part of what follows",
            "MUNICH Major powers agreed on Friday to a cessation of hostilities, officials said.",
            "officials | officials | INDIRECT | SAY | Major powers agreed on Friday to a cessation of hostilities"),
        text("a dateline that lost its dash names no one",
            "TOKYO Japan's defense ministry said the missile fell into the sea.",
            "Defense Ministry (Japan) | Japan's defense ministry | INDIRECT | SAY | the missile fell into the sea"),
        text("but capitals the lexicon knows as no place open the sentence",
            "NATO Secretary-General Jens Stoltenberg said the talks failed.",
            "Jens Stoltenberg | NATO Secretary-General Jens Stoltenberg | INDIRECT | SAY | the talks failed"),
        text("a presidency is a body",
            "Kenya's presidency urged Kiir and Machar to move heavy weaponry out of Juba. It said Kenya was ready to"
                + " help.",
            "Kenya's presidency | Kenya's presidency | INDIRECT | URGE | to move heavy weaponry out of Juba",
            "Kenya's presidency | It | INDIRECT | SAY | Kenya was ready to help"),
        text("a pronoun after But is the person the sentence before was about, done to or acting",
            "Sergei Lavrov said talks went well. John Kerry has been accused by some of being too willing to make"
                + " concessions. But he stressed that Washington's policy has not changed. Lavrov said talks went"
                + " well. Kerry flew home on Friday. But he said the talks would go on.",
            "Sergei Lavrov | Sergei Lavrov | INDIRECT | SAY | talks went well",
            "John Kerry | he | INDIRECT | INSIST | Washington's policy has not changed",
            "Sergei Lavrov | Lavrov | INDIRECT | SAY | talks went well",
            "John Kerry | he | INDIRECT | SAY | the talks would go on"),
        text("a free relative with its own cue keeps its verb, and a series of tweets is a medium",
            "Russia denounced what it said were baseless claims. Moussa Faki Mahamat condemned news of the arrests, in"
                + " a series of tweets, calling on the mutineers to cease all use of violence.",
            "Russia | Russia | REPORTED_ACT | DENOUNCE | what it said were baseless claims",
            "Moussa Faki Mahamat | Moussa Faki Mahamat | REPORTED_ACT | DENOUNCE | news of the arrests",
            "Moussa Faki Mahamat | Moussa Faki Mahamat | INDIRECT | URGE | to cease all use of violence"),
        text("the powers and the allies named together stand for the states; neighbours may be people",
            "Britain, Germany and the United States advanced plans on Tuesday. The three powers said they would each"
                + " command a battalion. A fire destroyed homes in Spain and Portugal. The neighbours said they had"
                + " lost everything.",
            "United Kingdom | The three powers | INDIRECT | SAY | they would each command a battalion",
            "Germany | The three powers | INDIRECT | SAY | they would each command a battalion",
            "United States | The three powers | INDIRECT | SAY | they would each command a battalion",
            "the neighbours | The neighbours | INDIRECT | SAY | they had lost everything"),
        text("pushing for in the progressive, the specter raised, and praise won",
            "Bulgaria and Romania, meanwhile, are pushing for NATO to expand its presence. Medvedev raised the specter"
                + " of a world war. The plan won praise from France. Refugees were pushed back by the police.",
            "Bulgaria | Bulgaria | REPORTED_ACT | DEMAND | NATO to expand its presence",
            "Romania | Romania | REPORTED_ACT | DEMAND | NATO to expand its presence",
            "Medvedev | Medvedev | REPORTED_ACT | WARN | a world war",
            "France | France | REPORTED_ACT | PRAISE | The plan"),
        text("a title is no one named without it who spoke just before",
            "Dominic Raab said on Monday the talks were difficult. The Prime Minister said he would not give in.",
            "Dominic Raab | Dominic Raab | INDIRECT | SAY | the talks were difficult",
            "the Prime Minister | The Prime Minister | INDIRECT | SAY | he would not give in"),
        text("a place in capitals that begins a name is no dateline",
            "SINGAPORE Airlines said it would cut flights.",
            "Singapore Airlines | SINGAPORE Airlines | INDIRECT | SAY | it would cut flights"),
        text("no forced speech for a pronoun the rebels made speak",
            "The rebels forced them to say the government was to blame."),
        text("the one a vote prompts to speak, named by a pronoun",
            "David Cameron briefed the leaders on the vote, which prompted him to announce he will resign.",
            "David Cameron | him | INDIRECT | ANNOUNCE | he will resign"),
        text("summoning to explain is the envoy's, no act of the one who summoned",
            "The Senate summoned the CEO to explain the data breach."),
        text("what it said after a passive is the agent's",
            "Google was fined by the European Union for what it described as anti-competitive practices.",
            "European Union | it | REPORTED_ACT | SAY | anti-competitive practices"),
        text("its after a relative pronoun is not the sentence's first state",
            "Iran's programme has alarmed Israel, which renewed its threat to strike.",
            "- | its | INDIRECT | THREATEN | to strike"),
        text("no business for a noun of trade among several named",
            "Vale said output rose. BHP said shipments fell. The mining company said demand was strong.",
            "Vale | Vale | INDIRECT | SAY | output rose",
            "BHP | BHP | INDIRECT | SAY | shipments fell",
            "the mining company | The mining company | INDIRECT | SAY | demand was strong"),
        text("a quoted word inside a longer subject keeps the report after it",
            "The minister said the term \"genocide\" in a report by the UN was inaccurate.",
            "the minister | The minister | MIXED | SAY | the term \"genocide\" in a report by the UN was inaccurate"),
        text("citing after a clause of its own is not the sentence's subject's, and adjectives in -ly stay",
            "Shares fell after the company cut its outlook citing weak demand. She said elderly residents were at"
                + " risk.",
            "- | She | INDIRECT | SAY | elderly residents were at risk"),
        text("a title with a state's adjective is no holder of another state",
            "British Prime Minister David Cameron said he would resign. Jean-Marc Ayrault said talks must go quickly."
                + " The French minister added: \"There will be pressure on Cameron.\"",
            "David Cameron | British Prime Minister David Cameron | INDIRECT | SAY | he would resign",
            "Jean-Marc Ayrault | Jean-Marc Ayrault | INDIRECT | SAY | talks must go quickly",
            "the French minister | The French minister | DIRECT | SAY | There will be pressure on Cameron."),
        text("a role after a determiner before a name set off by commas is the speaker's too",
            "“We will sue,” the lawyer for the family, Ben Crump, said. The plan is dead, his aide, Tom Reed, said.",
            "Ben Crump | Ben Crump | DIRECT | SAY | We will sue,",
            "Tom Reed | Tom Reed | INDIRECT | SAY | The plan is dead"),
        text("old wire marks whole in a mixed statement, and opening after a colon",
            "The ministry called the report ``baseless'' and ``malicious.'' He said:``We are ready to talk.''",
            "the ministry | The ministry | MIXED | SAY | the report ``baseless'' and ``malicious.''",
            "- | He | DIRECT | SAY | We are ready to talk."),
        text("a named person before a role takes the pronoun",
            "Maria Lopez lost her job in March. The manager closed the shop. She said she was devastated.",
            "Maria Lopez | She | INDIRECT | SAY | she was devastated"),
        text("the subject of a reduced relative speaks, not a mention inside it",
            "The officer accused of shooting the boy said he acted in self-defence. Residents interviewed by the"
                + " local radio said the water was dirty.",
            "the officer | The officer | INDIRECT | SAY | he acted in self-defence",
            "residents | Residents | INDIRECT | SAY | the water was dirty"),
        text("cited as saying is the subject's, like quoted as saying",
            "Defence Minister Omar Haddad was cited by the state news agency as saying the border would stay shut.",
            "Omar Haddad | Defence Minister Omar Haddad | INDIRECT | SAY | the border would stay shut"),
        text("a warning given, then its words after a colon",
            "The ministry issued a stern warning: \"Stay indoors.\"",
            "the ministry | The ministry | REPORTED_ACT | WARN | a stern warning",
            "the ministry | The ministry | DIRECT | WARN | Stay indoors."),
        text("warning after a comma still starts a statement of its own",
            "The mayor spoke to reporters on Friday, warning: \"Stay indoors.\"",
            "the mayor | The mayor | DIRECT | WARN | Stay indoors."),
        text("the medium between the cue and a clause without that",
            "The company announced via Twitter phase one had been completed. The ministry said on its website"
                + " the plant had closed.",
            "the company | The company | INDIRECT | ANNOUNCE | phase one had been completed",
            "the ministry | The ministry | INDIRECT | SAY | the plant had closed"),
        text("the medium between the cue and a clause with a bare noun",
            "The group said on Facebook members were safe.",
            "the group | The group | INDIRECT | SAY | members were safe"),
        text("according to between a verb and its object",
            "Thunberg then led, according to Time magazine, the largest climate march ever held.",
            "Time magazine | Time magazine | INDIRECT | SAY | Thunberg then led",
            "Time magazine | Time magazine | INDIRECT | SAY | the largest climate march ever held"),
        text("according to after a passive, then a relative clause",
            "At least 17 people died and 35 were rescued, according to officials, some of whom were hospitalised.",
            "officials | officials | INDIRECT | SAY | At least 17 people died and 35 were rescued"),
        text("a document in the opening phrase, then its author, who stands for it later",
            "In an advisory issued yesterday evening, the National Hurricane Center confirmed that a warning was"
                + " in effect. The advisory also noted dangerous surf conditions.",
            "National Hurricane Center | the National Hurricane Center | INDIRECT | CONFIRM | a warning was in effect",
            "National Hurricane Center | The advisory | INDIRECT | SAY | dangerous surf conditions"),
        text("a document in the opening phrase with a participle and no comma is where, not who",
            "In a statement issued on Friday the ministry said the talks had failed. The advisory indicated the"
                + " winds were near 180 mph.",
            "the ministry | the ministry | INDIRECT | SAY | the talks had failed",
            "the advisory | The advisory | INDIRECT | SAY | the winds were near 180 mph"),
        text("another speaker before its cue with too",
            "The minister too warned that the talks had failed.",
            "the minister | The minister | INDIRECT | WARN | the talks had failed"),
        text("armed groups are organisations, not people",
            "Islamic State claimed responsibility for the bombing. The Taliban said they had killed 20 soldiers."
                + " Taliban spokesperson Zabiullah Mujahid said 190 were dead.",
            "Islamic State of Iraq and the Levant | Islamic State | REPORTED_ACT | CLAIM | responsibility for the"
                + " bombing",
            "Taliban | The Taliban | INDIRECT | SAY | they had killed 20 soldiers",
            "Zabiullah Mujahid | Taliban spokesperson Zabiullah Mujahid | INDIRECT | SAY | 190 were dead"),
        text("agencies, rating firms and central banks of the gazetteer",
            "OCHA said 2 million people needed aid. The Reserve Bank of India said inflation would ease.",
            "United Nations Office for the Coordination of Humanitarian Affairs | OCHA | INDIRECT | SAY"
                + " | 2 million people needed aid",
            "Reserve Bank of India | The Reserve Bank of India | INDIRECT | SAY | inflation would ease"),
        text("a name ending in 's before the cue is no passive",
            "Moody's said the outlook was negative. It's said that he left.",
            "Moody's | Moody's | INDIRECT | SAY | the outlook was negative",
            "- | - | INDIRECT | SAY | he left"),
        text("a body's name ending in 'of the' and a state, then its abbreviation",
            "He died yesterday, according to the Catholic Bishops' Conference of the Philippines (CBCP). The"
                + " University of the Philippines said classes were cancelled. The CBCP said he was kind.",
            "Catholic Bishops' Conference | Catholic Bishops' Conference of the Philippines"
                + " | INDIRECT | SAY | He died yesterday",
            "University of the Philippines | University of the Philippines | INDIRECT | SAY | classes were cancelled",
            "Catholic Bishops' Conference | The CBCP | INDIRECT | SAY | he was kind"),
        text("a trailing speaker after an aside, not a place inside what was said",
            "A gunman opened fire in El Paso, Texas, with the toll rising to 22, said officials, with 25 others"
                + " injured.",
            "officials | officials | INDIRECT | SAY | A gunman opened fire in El Paso, Texas, with the toll rising to 22",
            "officials | officials | INDIRECT | SAY | with 25 others injured"),
        text("a trailing speaker with a phrase of manner after it",
            "\"We will win,\" said the coach, with a smile on his face.",
            "the coach | the coach | DIRECT | SAY | We will win,"),
        text("major cities give their country to those in them",
            "Officials in Mumbai said the toll rose. Chicago police said the suspect fled.",
            "officials in Mumbai | Officials in Mumbai | INDIRECT | SAY | the toll rose",
            "Chicago police | Chicago police | INDIRECT | SAY | the suspect fled"),
        text("a place before a name no list knows makes a team, a paper or a company",
            "The Texas Rangers said the pitcher was injured. The Baltimore Sun reported that he had been sick."
                + " Manchester United said the player was fit.",
            "Texas Rangers | The Texas Rangers | INDIRECT | SAY | the pitcher was injured",
            "Baltimore Sun | The Baltimore Sun | INDIRECT | REPORT | he had been sick",
            "Manchester United | Manchester United | INDIRECT | SAY | the player was fit"),
        text("a city and its state set off after a person or a title",
            "Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt in eight murders. The mayor of"
                + " Toronto, Canada, said the city was safe.",
            "Bruce McArthur | Bruce McArthur | REPORTED_ACT | ACKNOWLEDGE | his guilt in eight murders",
            "the mayor of Toronto | The mayor of Toronto | INDIRECT | SAY | the city was safe"),
        text("more groups of people as anonymous sources",
            "Insurers said losses would rise. Prisoners said the food was bad.",
            "insurers | Insurers | INDIRECT | SAY | losses would rise",
            "prisoners | Prisoners | INDIRECT | SAY | the food was bad"),
        text("suspects speak as a group, and any count of them",
            "The suspects denied the allegations. Two of the suspects said they were abroad. Seven of the suspects"
                + " denied the charges.",
            "the suspects | The suspects | REPORTED_ACT | DENY | the allegations",
            "two of the suspects | Two of the suspects | INDIRECT | SAY | they were abroad",
            "seven of the suspects | Seven of the suspects | REPORTED_ACT | DENY | the charges"),
        text("a city before 'and' and people is no list of speakers",
            "The service issued a warning for an area from Gulfport to New Orleans and other forecasters predicted"
                + " a storm surge of three feet.",
            "the service | The service | REPORTED_ACT | WARN | a warning for an area from Gulfport to New Orleans",
            "other forecasters | other forecasters | INDIRECT | PREDICT | a storm surge of three feet"),
        text("talking of, drawing attention to and disagreeing with are acts of speech",
            "Khosla talked of his countless discoveries. Smith drew attention to the tracking system. Tilburg"
                + " disagreed with these findings.",
            "Khosla | Khosla | REPORTED_ACT | SAY | his countless discoveries",
            "Smith | Smith | REPORTED_ACT | SAY | the tracking system",
            "Tilburg | Tilburg | REPORTED_ACT | REJECT | these findings"),
        text("a verb and its preposition take an object, unless a clause follows where it was said",
            "Lee commented on the tariffs imposed by Washington. Smith commented on Twitter that the deal was dead."
                + " Baloch wrote about feminism. Jones told of being forced out.",
            "Lee | Lee | REPORTED_ACT | SAY | the tariffs imposed by Washington",
            "Smith | Smith | INDIRECT | SAY | the deal was dead",
            "Baloch | Baloch | REPORTED_ACT | SAY | feminism",
            "Jones | Jones | REPORTED_ACT | SAY | being forced out"),
        text("'while' with a role and no verb stays in an object; with a clause it ends it",
            "Caufield talked of being cast in a pilot while a guest actor on the show. Smith praised the plan while a"
                + " crowd gathered outside.",
            "Caufield | Caufield | REPORTED_ACT | SAY | being cast in a pilot while a guest actor on the show",
            "Smith | Smith | REPORTED_ACT | PRAISE | the plan"),
        text("a statement that reads speaks by its relative clause's cue, once",
            "The ministry issued a statement that read: \"We will not back down.\" The palace released a statement"
                + " which said the king was well.",
            "the ministry | a statement | DIRECT | SAY | We will not back down.",
            "the palace | a statement | INDIRECT | SAY | the king was well"),
        text("a document owned by a pronoun speaks for whom the pronoun stands for",
            "The government of Samoa issued a statement on Monday. Their statement also read \"It is wrong.\" The"
                + " ministry met. Its report said the plan had failed. John Smith resigned. His letter said he was"
                + " tired.",
            "Samoa | Their | DIRECT | SAY | It is wrong.",
            "the ministry | Its report | INDIRECT | SAY | the plan had failed",
            "John Smith | His letter | INDIRECT | SAY | he was tired"),
        text("'according to' in mid-sentence: the counted part before it, and the author right after the source",
            "The typhoon hit the Philippines on Wednesday, killing at least 20 according to officials on Thursday,"
                + " and leaving thousands stranded. The wreck lay according to the New York Times about 100 miles"
                + " from Okinawa. The ship sank, according to a memo posted online by Senator Juan Dalmau.",
            "officials | officials | INDIRECT | SAY | killing at least 20",
            "The New York Times | the New York Times | INDIRECT | SAY | The wreck lay",
            "Juan Dalmau | Senator Juan Dalmau | INDIRECT | SAY | The ship sank"),
        text("a condition belongs to a promise, threat or proposal, verb and all",
            "The union threatened to strike if the pay offer was not improved. The treasury proposed writing off"
                + " the debt if towns pay on time. The minister praised the plan if only for its cost.",
            "the union | The union | REPORTED_ACT | THREATEN | to strike if the pay offer was not improved",
            "Treasury | The treasury | REPORTED_ACT | PROPOSE | writing off the debt if towns pay on time",
            "the minister | The minister | REPORTED_ACT | PRAISE | the plan"),
        text("'at least' counts, 'so that' gives a purpose, and a trailing 'as' clause says nothing",
            "The union said at least 40 schools were \"operating on a knife-edge\". The college called for more beds"
                + " so that patients could leave. The merger would have raised prices, the regulator said on Monday as"
                + " it blocked the deal.",
            "the union | The union | MIXED | SAY | at least 40 schools were \"operating on a knife-edge\"",
            "the college | The college | REPORTED_ACT | DEMAND | more beds so that patients could leave",
            "the regulator | the regulator | INDIRECT | SAY | The merger would have raised prices"),
        text("a place's own government, with its level, is a government body of the place's country",
            "The Texas state government said schools would reopen. The Sinaloa state government said roads were shut."
                + " The Jalisco government said bridges were down.",
            "the Texas state government | The Texas state government | INDIRECT | SAY | schools would reopen",
            "the Sinaloa state government | The Sinaloa state government | INDIRECT | SAY | roads were shut",
            "the Jalisco government | The Jalisco government | INDIRECT | SAY | bridges were down"),
        text("the spokesperson of a body no list knows speaks",
            "A Department of Health and Social Care spokesperson said the plant was closed. A Springfield Police"
                + " Department spokeswoman said the road was shut.",
            "a Department of Health and Social Care spokesperson | A Department of Health and Social Care spokesperson"
                + " | INDIRECT | SAY | the plant was closed",
            "a Springfield Police Department spokeswoman | A Springfield Police Department spokeswoman | INDIRECT | SAY"
                + " | the road was shut"),
        text("an aside that sums up a statement gives its own speaker the same content",
            "China says its fishermen have rights in the waters, a claim Jakarta rejects. Poland will extend its ban,"
                + " the minister said, a move Kyiv warned could damage relations.",
            "China | China | INDIRECT | SAY | its fishermen have rights in the waters",
            "Indonesia | Jakarta | INDIRECT | REJECT | its fishermen have rights in the waters",
            "the minister | the minister | INDIRECT | SAY | Poland will extend its ban",
            "Ukraine | Kyiv | REPORTED_ACT | WARN | could damage relations"),
        text("regulators are people who speak as a group",
            "EU regulators said the deal was unlawful. Regulators from Germany demanded a higher fine.",
            "EU regulators | EU regulators | INDIRECT | SAY | the deal was unlawful",
            "regulators from Germany | Regulators from Germany | REPORTED_ACT | DEMAND | a higher fine"),
        text("those surveyed by a body speak, an adverb before the agent or not",
            "Economists surveyed weekly by the central bank forecast inflation of 5.5% this year.",
            "economists | Economists | INDIRECT | PREDICT | inflation of 5.5% this year"),
        text("a list of nouns goes on past a noun in -ing; a participle after a comma ends the object",
            "Lithuania pledged to build barracks, training grounds and schools. The minister praised the plan,"
                + " calling it bold.",
            "Lithuania | Lithuania | REPORTED_ACT | PROMISE | to build barracks, training grounds and schools",
            "the minister | The minister | REPORTED_ACT | PRAISE | the plan",
            "the minister | The minister | INDIRECT | SAY | it bold"),
        text("acknowledging takes an object or a clause; problems keep what they are with",
            "Tetteh conceded defeat on Sunday. The minister acknowledged problems with the rollout. She admitted the"
                + " government had erred.",
            "Tetteh | Tetteh | REPORTED_ACT | ACKNOWLEDGE | defeat",
            "the minister | The minister | REPORTED_ACT | ACKNOWLEDGE | problems with the rollout",
            "the minister | She | INDIRECT | ACKNOWLEDGE | the government had erred"),
        text("a portfolio's word before a title is part of the title",
            "Kenya will deploy officers, Interior Cabinet Secretary Joseph Kiprono announced.",
            "Joseph Kiprono | Interior Cabinet Secretary Joseph Kiprono | INDIRECT | ANNOUNCE | Kenya will deploy"
                + " officers"),
        text("a year's or a month's 'when' clause stays in what was said; 'when asked' does not",
            "Kartika said the incident was the worst since early 2020, when dozens of boats entered the zone. Lee"
                + " said the plan was dead on Monday, when asked about it.",
            "Kartika | Kartika | INDIRECT | SAY | the incident was the worst since early 2020, when dozens of boats"
                + " entered the zone",
            "Lee | Lee | INDIRECT | SAY | the plan was dead on Monday"),
        text("the subject of 'and said' is past the dateline; a day may stand between a subject and its verb",
            "MUMBAI (Reuters) - The Reserve Bank of India left its rate unchanged and said inflation would ease.",
            "Reserve Bank of India | The Reserve Bank of India | INDIRECT | SAY | inflation would ease"),
        text("a day between a described subject and its verb",
            "The city's civic body on Friday warned residents that it would fine households.",
            "the city's civic body | The city's civic body | INDIRECT | WARN | it would fine households"),
        text("a state's relative clause claims what it claims",
            "In mainland China, which claims sovereignty over Taiwan, the law is strict.",
            "China | mainland China | REPORTED_ACT | CLAIM | sovereignty over Taiwan"),
        text("what a document confirms is each issuer's, and issuing it says nothing more",
            "The US and Japan would issue a joint statement confirming a common strategic direction.",
            "United States | US | REPORTED_ACT | CONFIRM | a common strategic direction",
            "Japan | Japan | REPORTED_ACT | CONFIRM | a common strategic direction"),
        text("directing someone to act urges it; directing a film says nothing",
            "The judge directed the jury to acquit. Lee directed the film. The minister was directing six of the"
                + " House's committees to \"proceed with their investigations\".",
            "the judge | The judge | INDIRECT | URGE | to acquit",
            "the minister | The minister | MIXED | URGE | to \"proceed with their investigations\""),
        text("citing sources in an aside after the subject; counts in objects; recalls of many vehicles; quoted words"
                + " before 'and said'",
            "The Global Times, citing unnamed experts, reported that Beijing could act. The party called for a budget"
                + " of at least 30 trillion won. Toyota is recalling more than 1 million vehicles. Lufthansa called the"
                + " strike \"unnecessary\" and said it had made an offer.",
            "Global Times | The Global Times | REPORTED_ACT | EXPLAIN | unnamed experts",
            "Global Times | The Global Times | INDIRECT | REPORT | Beijing could act",
            "the party | The party | REPORTED_ACT | DEMAND | a budget of at least 30 trillion won",
            "Lufthansa | Lufthansa | MIXED | SAY | the strike \"unnecessary\"",
            "Lufthansa | Lufthansa | INDIRECT | SAY | it had made an offer"),
        text("apologising for something; an infinitive's 'that' is a relative; an approximate span of time ends a"
                + " clause",
            "The company apologised for the delay. Okoro promised to ban bonuses for firms that pollute. China said it"
                + " would resume imports, nearly two years after it banned them.",
            "the company | The company | REPORTED_ACT | APOLOGIZE | the delay",
            "Okoro | Okoro | REPORTED_ACT | PROMISE | to ban bonuses for firms that pollute",
            "China | China | INDIRECT | SAY | it would resume imports"),
        text("a known body's name after a describing word is the body, not a person",
            "North Korea's official Korean Central News Agency reported that the country had tested a missile.",
            "Korean Central News Agency | Korean Central News Agency | INDIRECT | REPORT | the country had tested a"
                + " missile"),
        text("a pronoun in a clause of time or reason is the person the sentence opens with",
            "Lu Xiaoqing said China welcomed exchanges. Katrin Albers angered Beijing when she described the drills as"
                + " \"aggressive\".",
            "Lu Xiaoqing | Lu Xiaoqing | INDIRECT | SAY | China welcomed exchanges",
            "China | China | REPORTED_ACT | WELCOME | exchanges",
            "Katrin Albers | she | MIXED | SAY | the drills as \"aggressive\""),
        text("conveying concerns expresses them, the one they went to left out; recalling a count of vehicles says"
                + " nothing",
            "Japan had conveyed its concerns to China through diplomatic channels. Toyota is recalling 5,000 cars,"
                + " the agency said.",
            "Japan | Japan | REPORTED_ACT | EXPRESS_CONCERN | its concerns",
            "the agency | the agency | INDIRECT | SAY | Toyota is recalling 5,000 cars"),
        text("a warning keeps its condition, and a verb in the condition is no sentence verb after a participle",
            "The Ministry of Health warned of a risk of cholera if the waste was not cleared.",
            "Health Ministry | The Ministry of Health | REPORTED_ACT | WARN | a risk of cholera if the waste was not"
                + " cleared"),
        text("the edges of this round's rules: objects after a preposition, money directed, remembered cars, an"
                + " addressee after 'to', a warning to do something, a writer's clause",
            "The novelist wrote about the war in Syria. Survivors told of hearing gunfire. The government directed $2"
                + " billion to rebuild roads. Witnesses recalled cars burning in the streets. He admitted to federal"
                + " prosecutors that he had lied. The ministry issued a warning to residents to stay indoors. The"
                + " union announced a strike, disrupting flights and trains.",
            "the novelist | The novelist | REPORTED_ACT | SAY | the war in Syria",
            "survivors | Survivors | REPORTED_ACT | SAY | hearing gunfire",
            "witnesses | Witnesses | INDIRECT | SAY | cars burning in the streets",
            "- | He | INDIRECT | ACKNOWLEDGE | he had lied",
            "the ministry | The ministry | REPORTED_ACT | WARN | a warning to residents to stay indoors",
            "the union | The union | REPORTED_ACT | ANNOUNCE | a strike"),
        text("'their' before a document: who issued one of that name, else a group that was just a subject",
            "Nurses walked out on Monday. The health ministry said the strike was illegal. Their statement demanded"
                + " a pay rise.",
            "Health Ministry | The health ministry | INDIRECT | SAY | the strike was illegal",
            "nurses | Their | REPORTED_ACT | DEMAND | a pay rise"),
        text("demands that have included or expanded to something demand it",
            "Protesters gathered on Sunday. Their demands have included dissolving Parliament. The students' demands"
                + " have expanded to the release of those arrested.",
            "protesters | Their | REPORTED_ACT | DEMAND | dissolving Parliament",
            "the students | The students | REPORTED_ACT | DEMAND | the release of those arrested"),
        text("a noun of speech that came from someone is each source's",
            "Condemnation came from the United Nations and the European Union. The news came from his son-in-law,"
                + " Frédéric Salat-Baroux. Help came from neighbours.",
            "United Nations | the United Nations | REPORTED_ACT | DENOUNCE | Condemnation",
            "European Union | the European Union | REPORTED_ACT | DENOUNCE | Condemnation",
            "Frédéric Salat-Baroux | Frédéric Salat-Baroux | REPORTED_ACT | SAY | The news"),
        text("a body's head named after its abbreviation is the source that came from it",
            "Condemnation has come from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen and Pope"
                + " Francis.",
            "Yousef Al-Othaimeen | head Yousef Al-Othaimeen | REPORTED_ACT | DENOUNCE | Condemnation",
            "Francis | Pope Francis | REPORTED_ACT | DENOUNCE | Condemnation"),
        text("a passive after 'and' reports on the subject, not on its first verb's phrase",
            "The deal was signed in May and was welcomed by the UN. The plan was welcomed by Turkey and Qatar.",
            "United Nations | the UN | REPORTED_ACT | WELCOME | The deal",
            "Turkey | Turkey | REPORTED_ACT | WELCOME | The plan",
            "Qatar | Qatar | REPORTED_ACT | WELCOME | The plan"),
        text("what is said in an aside set off by dashes ends at the second dash",
            "Bercow commented on the matter — which the BBC noted as an unusual move — \"It is obvious.\" The deal"
                + " — which Smith said would create 500 jobs — was signed.",
            "Bercow | Bercow | REPORTED_ACT | SAY | the matter",
            "BBC | the BBC | INDIRECT | SAY | as an unusual move",
            "Bercow | Bercow | DIRECT | SAY | It is obvious.",
            "Smith | Smith | INDIRECT | SAY | would create 500 jobs"),
        text("responsibility accepted or taken is acknowledged; one urged to take it is urged",
            "The prince accepted responsibility for the murder. She advocated for stricter rules. Kawamura"
                + " called on Sakuraba to take responsibility and resign.",
            "the prince | The prince | REPORTED_ACT | ACKNOWLEDGE | for the murder",
            "- | She | REPORTED_ACT | PROPOSE | for stricter rules",
            "Kawamura | Kawamura | INDIRECT | URGE | to take responsibility and resign"),
        text("a pronoun does not stand for a person whose noun gives the other gender",
            "The queen arrived. He said it was fine. The actress recalled her first film. She said it was bad.",
            "- | He | INDIRECT | SAY | it was fine",
            "the actress | The actress | INDIRECT | SAY | her first film",
            "the actress | She | INDIRECT | SAY | it was bad"),
        text("a capital that is a given name, and capitals news uses for other places",
            "Santiago Peña said the deal was good. Officials in Santiago said the quake killed two.",
            "Santiago Peña | Santiago Peña | INDIRECT | SAY | the deal was good",
            "officials in Santiago | Officials in Santiago | INDIRECT | SAY | the quake killed two"),
        text("the edges of this round's rules: clauses after 'with', places before names, manner after a"
                + " speaker, times after a source, verbs in the present, and names that hold a rule's word",
            "Smith said with the new funding, the school would expand. In Texas Abbott said the border was secure."
                + " The team fought hard, said Coach Ana Ruiz, with tears streaming down her face. The minister"
                + " resigned, according to Reuters, the day after the vote. Doctors urge parents to vaccinate"
                + " children and warn that measles is spreading. Mizuho Fukushima said the party opposed the bill.",
            "Smith | Smith | INDIRECT | SAY | with the new funding, the school would expand",
            "Abbott | Abbott | INDIRECT | SAY | the border was secure",
            "Ana Ruiz | Coach Ana Ruiz | INDIRECT | SAY | The team fought hard",
            "Reuters | Reuters | INDIRECT | SAY | The minister resigned",
            "doctors | Doctors | INDIRECT | URGE | to vaccinate children",
            "doctors | Doctors | INDIRECT | WARN | measles is spreading",
            "Mizuho Fukushima | Mizuho Fukushima | INDIRECT | SAY | the party opposed the bill",
            "the party | the party | REPORTED_ACT | REJECT | the bill"),
        text("a description with a relative clause after a trailing speaker is not said",
            "\"This is one of the most important discoveries,\" said Dr. Khaled Mansour, the Egyptian"
                + " archaeologist who led the excavation.",
            "Khaled Mansour | Dr. Khaled Mansour | DIRECT | SAY | This is one of the most important discoveries,"),
        text("a second infinitive of what was urged is no cue of its own",
            "Tipene urged trampers to always carry a beacon and tell someone their plans.",
            "Tipene | Tipene | INDIRECT | URGE | to always carry a beacon and tell someone their plans"),
        text("with whom or how after a cue is not what was said",
            "\"Brazil mourns with the families,\" she wrote on X.",
            "- | she | DIRECT | SAY | Brazil mourns with the families,"),
        text("a preposition opening a sentence is no name",
            "Outside the venue, activists held banners reading \"Pay up for climate justice.\"",
            "activists | activists | DIRECT | SAY | Pay up for climate justice."),
        text("business and sport titles, and a titled person after a team's name",
            "Seattle Mariners general manager Brian Caldwell declined to comment but told reporters the team was"
                + " ready.",
            "Brian Caldwell | general manager Brian Caldwell | INDIRECT | SAY | the team was ready"),
        text("what a warning is of, and what it describes after 'with'",
            "The agency warned of potential flash floods, with up to 30 inches of rain in the north. The minister"
                + " warned of a crisis, with officials saying talks had failed.",
            "the agency | The agency | REPORTED_ACT | WARN | potential flash floods, with up to 30 inches of rain in"
                + " the north",
            "the minister | The minister | REPORTED_ACT | WARN | a crisis",
            "officials | officials | INDIRECT | SAY | talks had failed"),
        text("an absolute 'with' phrase after a source set off at the end goes on with what was said",
            "Gupta was listed in critical condition, according to officials, with burns over 85% of his body.",
            "officials | officials | INDIRECT | SAY | Gupta was listed in critical condition",
            "officials | officials | INDIRECT | SAY | with burns over 85% of his body"),
        text("a time with 'throughout' ends an object; a platform's post is a noun",
            "Choi has denied the charges throughout the trial. The ministry said in a Facebook post that it"
                + " appreciated the support.",
            "Choi | Choi | REPORTED_ACT | DENY | the charges",
            "the ministry | The ministry | INDIRECT | SAY | it appreciated the support"),
        text("a place after the one told, then a colon and the quotation in the next paragraph",
            "Energy Minister Oksana Hrytsenko told reporters in Kyiv:\n\"The situation is dangerous.\"",
            "Oksana Hrytsenko | Energy Minister Oksana Hrytsenko | DIRECT | SAY | The situation is dangerous."),
        text("people familiar with something are cited whole; a ministry's name with commas",
            "The Nikkei newspaper, citing people familiar with the bank's thinking, reported that rates would rise."
                + " Japan's Ministry of Land, Infrastructure, Transport and Tourism said it would examine the defect.",
            "Nikkei | The Nikkei newspaper | REPORTED_ACT | EXPLAIN | people familiar with the bank's thinking",
            "Nikkei | The Nikkei newspaper | INDIRECT | REPORT | rates would rise",
            "Ministry of Land, Infrastructure, Transport and Tourism | Japan's Ministry of Land, Infrastructure,"
                + " Transport and Tourism | INDIRECT | SAY | it would examine the defect"),
        text("a plural noun of speech after 'to' is no verb",
            "Speaking in Parliament in response to questions from MPs, the minister said the position was clear.",
            "the minister | the minister | INDIRECT | SAY | the position was clear"),
        text("a word of speech in -s before 'were' or 'have' is a plural noun, unless a subject comes before it",
            "Zhou said the U.S. remarks were full of provocation. Israel has kept troops at five positions that it"
                + " says are strategic.",
            "Zhou | Zhou | INDIRECT | SAY | the U.S. remarks were full of provocation",
            "Israel | it | INDIRECT | SAY | are strategic"),
        text("the central bank named before",
            "The Federal Reserve held rates. The central bank said growth was solid.",
            "Federal Reserve | The central bank | INDIRECT | SAY | growth was solid"),
        text("a state's joint chiefs, by the dateline",
            "SEOUL — The Joint Chiefs of Staff (JCS) said the soldiers retreated. The JCS said the border was calm.",
            "Joint Chiefs of Staff (South Korea) | The Joint Chiefs of Staff | INDIRECT | SAY | the soldiers retreated",
            "Joint Chiefs of Staff (South Korea) | The JCS | INDIRECT | SAY | the border was calm"),
        text("two cities before 'and' share the people after them",
            "Chicago and Boston officials said the game was off.",
            "Chicago officials | Chicago | INDIRECT | SAY | the game was off",
            "Boston officials | Boston officials | INDIRECT | SAY | the game was off"),
        text("a clause after 'as' ends an object",
            "The service issued weather alerts as the storm approached from the west. She condemned the attack as"
                + " the worst in years.",
            "the service | The service | REPORTED_ACT | WARN | weather alerts",
            "- | She | REPORTED_ACT | DENOUNCE | the attack as the worst in years"),
        text("verbs of reckoning, conveying, scolding, notifying, boasting, exhorting and outlining report speech; a"
                + " team that shot back into the lead says nothing",
            "Analysts reckon the deal will pass. Tokyo conveyed its concerns to Beijing. Seoul relayed a message from"
                + " Pyongyang. The senator grumbled that the talks were slow. Critics derided the plan as a giveaway."
                + " The judge scolded the lawyers for the delay. The regulator berated the bank for lax controls."
                + " Rivals assailed the budget. The minister faulted the police for the response. Manila notified"
                + " Beijing that it would file a protest. Reporters queried whether the ban would last. The mayor"
                + " bragged that the economy was booming. The pope exhorted leaders to seek peace. The minister"
                + " extolled the partnership. The ministry outlined plans to cut tariffs. The Lakers shot back into the"
                + " lead.",
            "analysts | Analysts | INDIRECT | SAY | the deal will pass",
            "Japan | Tokyo | REPORTED_ACT | EXPRESS_CONCERN | its concerns",
            "South Korea | Seoul | REPORTED_ACT | SAY | a message from Pyongyang",
            "the senator | The senator | INDIRECT | CRITICIZE | the talks were slow",
            "critics | Critics | REPORTED_ACT | CRITICIZE | the plan as a giveaway",
            "the judge | The judge | REPORTED_ACT | CRITICIZE | the lawyers for the delay",
            "the regulator | The regulator | REPORTED_ACT | CRITICIZE | the bank for lax controls",
            "Rivals | Rivals | REPORTED_ACT | CRITICIZE | the budget",
            "the minister | The minister | REPORTED_ACT | CRITICIZE | the police for the response",
            "Philippines | Manila | INDIRECT | SAY | it would file a protest",
            "Reporters | Reporters | INDIRECT | ASK | whether the ban would last",
            "the mayor | The mayor | INDIRECT | CLAIM | the economy was booming",
            "the pope | The pope | INDIRECT | URGE | to seek peace",
            "the minister | The minister | REPORTED_ACT | PRAISE | the partnership",
            "the ministry | The ministry | REPORTED_ACT | EXPLAIN | plans to cut tariffs"),
        text("nouns of confidence, doubt, pleas, invitations and directives after a light verb are acts; an offer, a"
                + " response and fears raised are not",
            "The minister expressed confidence that the deal would hold. Analysts voiced doubts about the plan. The"
                + " president made a plea for calm. Tokyo extended an invitation to Seoul to join the talks. The"
                + " ministry issued a directive banning imports. The talks collapsed, raising fears of war."
                + " The company said its offer of a 4 percent rise was fair. The agency appealed for funds for its"
                + " cholera response.",
            "the minister | The minister | INDIRECT | SAY | the deal would hold",
            "analysts | Analysts | REPORTED_ACT | EXPRESS_CONCERN | doubts about the plan",
            "the president | The president | REPORTED_ACT | URGE | a plea for calm",
            "Japan | Tokyo | REPORTED_ACT | PROPOSE | an invitation to Seoul to join the talks",
            "the ministry | The ministry | REPORTED_ACT | DEMAND | a directive banning imports",
            "the company | The company | INDIRECT | SAY | its offer of a 4 percent rise was fair",
            "the agency | The agency | REPORTED_ACT | URGE | for funds for its cholera response"),
        text("a short gloss in brackets after a trailing speaker's place and time is no content",
            "Singapore will act, Foreign Minister Vivian Balakrishnan said in Parliament on Monday (Jan 14). Talks"
                + " will resume, the ministry said in a statement on Friday (local time).",
            "Vivian Balakrishnan | Foreign Minister Vivian Balakrishnan | INDIRECT | SAY | Singapore will act",
            "the ministry | the ministry | INDIRECT | SAY | Talks will resume"),
        text("taking issue with rejects; sharing the view that agrees, for each speaker",
            "The North took issue with the planned exercise. Foreign Minister Kang Kyung-wha and her Japanese"
                + " counterpart Taro Kono shared the view that close cooperation among the South, the United States"
                + " and Japan is crucial. Officials shared the view of the bay with visitors.",
            "North | The North | REPORTED_ACT | REJECT | the planned exercise",
            "Kang Kyung-wha | Foreign Minister Kang Kyung-wha | INDIRECT | AGREE | close cooperation among the South,"
                + " the United States and Japan is crucial",
            "Taro Kono | Taro Kono | INDIRECT | AGREE | close cooperation among the South, the United States and"
                + " Japan is crucial"),
        text("a clause after a participle's opening phrase ends in a quotation and is said; a quotation right after the"
                + " phrase is said alone",
            "The fire chief spoke at noon. Propelled by winds, the fire quickly leapt \"from hilltop to hilltop,\" he"
                + " said. Asked about the deal, \"It is dead,\" he said.",
            "the fire chief | he | MIXED | SAY | Propelled by winds, the fire quickly leapt \"from hilltop to"
                + " hilltop,\"",
            "the fire chief | he | DIRECT | SAY | It is dead,"),
        text("yet before a speaker's next act ends the first and gives the second the same speaker",
            "The doctor warned Americans to prepare for an outbreak, yet urged the public to remain calm.",
            "the doctor | The doctor | REPORTED_ACT | WARN | to prepare for an outbreak",
            "the doctor | The doctor | INDIRECT | URGE | to remain calm"),
        text("a quotation before a medium that quoted someone as saying is the one quoted's",
            "Chu Xiaoyi, 20, said the landslide destroyed his house. \"We were sleeping when it happened,\" the news"
                + " agency quoted him as saying.",
            "Chu Xiaoyi | Chu Xiaoyi | INDIRECT | SAY | the landslide destroyed his house",
            "Chu Xiaoyi | him | DIRECT | SAY | We were sleeping when it happened,"),
        text("an object before and an auxiliary, or before a conjunction of time, is no clause",
            "Assange denied the bail offence and was convicted by a court. The ministry confirmed the deal Sunday as"
                + " talks ended in Doha.",
            "Assange | Assange | REPORTED_ACT | DENY | the bail offence",
            "the ministry | The ministry | REPORTED_ACT | CONFIRM | the deal"),
        text("the that of a cue past an adjunct with what its place is",
            "Provincial authorities said at a news conference in Lanzhou, the provincial capital, that 422"
                + " aftershocks were recorded.",
            "provincial authorities | Provincial authorities | INDIRECT | SAY | 422 aftershocks were recorded"),
        text("a spokesperson the lead describes is the one named next who speaks, and the spokesman after",
            "BEIJING - Japan should stop its provocative actions, a Chinese Foreign Ministry spokesman told a regular"
                + " press briefing Thursday. Hong Lei was commenting on a video clip. \"China is resolute,\" Hong"
                + " said. The spokesman refuted the charge. The sanctions are illegal, a Chinese Foreign Ministry"
                + " spokesman told reporters. Meanwhile, Joe Biden said the US would not back down.",
            "Hong Lei | a Chinese Foreign Ministry spokesman | INDIRECT | SAY | Japan should stop its provocative"
                + " actions",
            "Hong Lei | Hong Lei | REPORTED_ACT | SAY | a video clip",
            "Hong Lei | Hong | DIRECT | SAY | China is resolute,",
            "Hong Lei | The spokesman | REPORTED_ACT | DENY | the charge",
            "a Chinese Foreign Ministry spokesman | a Chinese Foreign Ministry spokesman | INDIRECT | SAY | The"
                + " sanctions are illegal",
            "Joe Biden | Joe Biden | INDIRECT | SAY | the US would not back down"),
        text("a verb quoted alone after its subject is the subject's act",
            "He said Tokyo \u201csternly protested\u201d the launches. The president \"warned\" that tariffs would"
                + " rise. Critics said the plan \"would fail\".",
            "- | He | MIXED | SAY | Tokyo \u201csternly protested\u201d the launches",
            "Japan | Tokyo | REPORTED_ACT | DENOUNCE | the launches",
            "the president | The president | INDIRECT | WARN | tariffs would rise",
            "critics | Critics | MIXED | SAY | the plan \"would fail\""),
        text("a title set off after a name without an article is the person's, also with its words in another order",
            "The fire was pummelled by water bombers, said Kevin Theriault, chief of the fire department in Saint"
                + " Andrews. The fire chief said evacuees would return on Tuesday. Jane Doe, spokeswoman for the"
                + " agency, said the road was shut. The spokeswoman added that it would reopen.",
            "Kevin Theriault | Kevin Theriault | INDIRECT | SAY | The fire was pummelled by water bombers",
            "Kevin Theriault | The fire chief | INDIRECT | SAY | evacuees would return on Tuesday",
            "Jane Doe | Jane Doe | INDIRECT | SAY | the road was shut",
            "Jane Doe | The spokeswoman | INDIRECT | SAY | it would reopen"),
        text("a name no list knows after a noun of the press is a medium, also after a possessive",
            "Earlier the country's news portal Newsfirst reported that the premier would resign. \"He is ready,\""
                + " the portal said.",
            "Newsfirst | Newsfirst | INDIRECT | REPORT | the premier would resign",
            "Newsfirst | the portal | DIRECT | SAY | He is ready,"),
        text("police forces news names are bodies of their states",
            "Scotland Yard said 12 people were arrested. The NYPD said two officers were hurt.",
            "Metropolitan Police | Scotland Yard | INDIRECT | SAY | 12 people were arrested",
            "New York City Police Department | The NYPD | INDIRECT | SAY | two officers were hurt"),
        text("a reason the writer gives after a comma is not what was said or urged",
            "The United States has urged China to stop its military pressure on Taiwan, apparently in response to a"
                + " spate of incursions. Beijing said it would impose tariffs, in retaliation for the sanctions.",
            "United States | United States | INDIRECT | URGE | to stop its military pressure on Taiwan",
            "China | Beijing | INDIRECT | SAY | it would impose tariffs"),
        text("a name whose shares move is a business the company stands for",
            "Chemours shares plunged after the chemical maker placed its executives on leave. The company said the"
                + " review would take weeks. Valmora stock fell 4%. The company said sales were weak.",
            "Chemours | The company | INDIRECT | SAY | the review would take weeks",
            "Valmora | The company | INDIRECT | SAY | sales were weak"),
        text("a surname with an honorific is the one of that surname whose gender agrees",
            "David Lange died last night. Sister Margaret Lange said it was sad. Mr Lange once said the plan was bad.",
            "Margaret Lange | Sister Margaret Lange | INDIRECT | SAY | it was sad",
            "David Lange | Mr Lange | INDIRECT | SAY | the plan was bad"),
        text("a curly quotation run on into a paragraph that closes it is the speaker's who closes it",
            "A former diplomat said the minister was cautious.\n\u201COnly days ago, China said it does not"
                + " recognise Ladakh.\nAlso, some talks are private,\u201D he said.",
            "a former diplomat | A former diplomat | INDIRECT | SAY | the minister was cautious",
            "a former diplomat | - | DIRECT | SAY | Only days ago, China said it does not recognise Ladakh.",
            "China | China | INDIRECT | SAY | it does not recognise Ladakh",
            "a former diplomat | he | DIRECT | SAY | Also, some talks are private,"),
        text("reports cited with words of their kind only are a hedge; with words of whose they are, a source",
            "According to the news reports, Abe is looking for support. According to unconfirmed reports, the deal"
                + " is off. According to local reports, the toll rose.",
            "local reports | local reports | INDIRECT | SAY | the toll rose"),
        text("a question the writer asks says nothing; one quoted is asked",
            "What did Baerbock say in Tianjin? Baerbock warned against conflict. \"Why did he say that?\" she asked.",
            "Baerbock | Baerbock | REPORTED_ACT | WARN | conflict",
            "Baerbock | she | DIRECT | ASK | Why did he say that?"),
        text("no object after a verb whose object is which, but the noun before it; nor a main clause's verb after a"
                + " relative clause",
            "The trip comes amid Chinese drills around Taiwan, which the German Foreign Ministry condemned on"
                + " Wednesday, and in the wake of China's support for Russia. The plan that Beijing rejected was"
                + " bold. He said that China opposed the plan.",
            "Foreign Ministry (Germany) | the German Foreign Ministry | REPORTED_ACT | DENOUNCE | Chinese drills around"
                + " Taiwan",
            "- | He | INDIRECT | SAY | China opposed the plan",
            "China | China | REPORTED_ACT | REJECT | the plan"),
        text("a title with another department's words is not the person's; a reason set off inside a clause stays"
                + " in it",
            "John Smith, chief of the police department, said the road was closed. The fire chief added that no one"
                + " was hurt. He said the troops were sent, in response to a request from Mali, to protect civilians.",
            "John Smith | John Smith | INDIRECT | SAY | the road was closed",
            "the fire chief | The fire chief | INDIRECT | SAY | no one was hurt",
            "the fire chief | He | INDIRECT | SAY | the troops were sent, in response to a request from Mali, to"
                + " protect civilians"),
        text("a quotation run on over paragraphs that two cues take is said once for each of its paragraphs",
            "The minister said: \u201CWe will fight on.\nWe will never surrender,\u201D he added.",
            "the minister | The minister | DIRECT | SAY | We will fight on.",
            "the minister | he | DIRECT | SAY | We will never surrender,"),
        text("a quotation before quoted as saying with a time after it; the that of a cue past a place's possessive",
            "Maria Lopez lost the vote. \"We will not give up,\" the news agency quoted her as saying on Tuesday. The"
                + " mayor said in Lyon, France's third city, that the plan was dead.",
            "Maria Lopez | her | DIRECT | SAY | We will not give up,",
            "the mayor | The mayor | INDIRECT | SAY | the plan was dead"),
        text("quoted as saying with a time or a place before its clause, or after what was said",
            "The envoy was recalled, the news agency Tass quoted Foreign Minister Ivan Petrov as saying on"
                + " Monday, as tensions rose. \"We regret it,\" Petrov was quoted as saying at a news conference."
                + " The agency quoted Petrov as saying in Moscow that talks would go on.",
            "Ivan Petrov | Foreign Minister Ivan Petrov | INDIRECT | SAY | The envoy was recalled",
            "Ivan Petrov | Petrov | DIRECT | SAY | We regret it,",
            "the news agency | The agency | REPORTED_ACT | REPORT | Petrov as saying in Moscow that talks would go on",
            "Ivan Petrov | Petrov | INDIRECT | SAY | talks would go on"),
        text("two verbs joined before one object share it; a relative clause set off after the object stays in it",
            "Qatar has condemned and denounced the attack on the guesthouse, which injured the ambassador. The"
                + " minister praised the police, who said the city was calm.",
            "Qatar | Qatar | REPORTED_ACT | DENOUNCE | the attack on the guesthouse, which injured the ambassador",
            "the minister | The minister | REPORTED_ACT | PRAISE | the police",
            "the police | the police | INDIRECT | SAY | the city was calm"),
        text("a light verb with its particle: put out, sent out, put forward",
            "The agency put out an alert saying the fire was close. The union put forward a proposal for a shorter"
                + " week. He put the report on the table.",
            "the agency | The agency | REPORTED_ACT | WARN | an alert",
            "the agency | The agency | INDIRECT | SAY | the fire was close",
            "the union | The union | REPORTED_ACT | PROPOSE | a proposal for a shorter week"),
        text("the speaker's next act after a comma, and, and a perfect; what one is urged to do keeps its adjuncts",
            "The ministry said it has no plans to attack, and has called for the rebels to comply with the truce.",
            "the ministry | The ministry | INDIRECT | SAY | it has no plans to attack",
            "the ministry | The ministry | REPORTED_ACT | DEMAND | the rebels to comply with the truce"),
        text("a weak cue before by and a participle of speech says nothing itself; a pact keeps its partner",
            "The statement concludes by warning that \"the remarks are unfortunate.\" China dismissed criticism"
                + " of its pact with the islands.",
            "the statement | The statement | MIXED | WARN | \"the remarks are unfortunate.\"",
            "China | China | REPORTED_ACT | REJECT | criticism of its pact with the islands"),
        text("a title of several words with a capital on its first word only",
            "\"We need time,\" Samoa's Prime minister, Ana Tupou, told reporters. Foreign minister Ivo Maric said"
                + " the talks were useful.",
            "Ana Tupou | Ana Tupou | DIRECT | SAY | We need time,",
            "Ivo Maric | Foreign minister Ivo Maric | INDIRECT | SAY | the talks were useful"),
        text("alleging and claiming after a comma are the speaker's next acts",
            "The students insisted that the increase was real, alleging the board had colluded with the union.",
            "the students | The students | INDIRECT | INSIST | the increase was real",
            "the students | The students | INDIRECT | CLAIM | the board had colluded with the union"),
        text("a verb's bare form right after a singular person or state is an act asked for, not done",
            "Thailand demanded that Cambodia express regret. Scientists at the institute say the bone is new.",
            "Thailand | Thailand | INDIRECT | DEMAND | Cambodia express regret",
            "scientists | Scientists | INDIRECT | SAY | the bone is new"),
        text("a participle after a clause of time speaks for that clause's subject when the main clause has none",
            "This comes after the government recalled its envoy, stating that he had been called for talks.",
            "the government | the government | INDIRECT | SAY | he had been called for talks"),
        text("an organisation's abbreviation in brackets before a trailing speaker's role; a time before an inverted"
                + " speaker",
            "The talks must go on, European Union (EU) High Representative Josep Borrell said. The talks failed,"
                + " said, on Monday in Rabat, Foreign Minister Nasser Bourita. The High Representative said talks would"
                + " resume.",
            "Josep Borrell | High Representative Josep Borrell | INDIRECT | SAY | The talks must go on",
            "Nasser Bourita | Foreign Minister Nasser Bourita | INDIRECT | SAY | The talks failed",
            "Josep Borrell | The High Representative | INDIRECT | SAY | talks would resume"),
        text("according to a medium after the speaker's own cue passes the words on; a verb between a light verb and"
                + " an act noun; more participles that open a sentence with that",
            "\"We regret it,\" the spokesman, Ali Rezai, said, according to the Xinhua news agency. Statements on the"
                + " Essequibo issue do not constitute a threat, the minister said. An inquiry was ordered, according"
                + " to police. Underlining that the talks had stalled, Rezai said more were needed.",
            "Ali Rezai | Ali Rezai | DIRECT | SAY | We regret it,",
            "the minister | the minister | INDIRECT | SAY | Statements on the Essequibo issue do not constitute a"
                + " threat",
            "police | police | INDIRECT | SAY | An inquiry was ordered",
            "Ali Rezai | Rezai | INDIRECT | INSIST | the talks had stalled",
            "Ali Rezai | Rezai | INDIRECT | SAY | more were needed"),
        text("a demonstrative description with a title stands for the last holder of the title",
            "Foreign Minister Yvan Gil spoke on Monday. This minister also indicated that talks would resume.",
            "Yvan Gil | This minister | INDIRECT | SAY | talks would resume"),
        text("the plural of a title every person of a group holds stands for each of them",
            "Prime Minister Ana Ruiz and President Jon Berg met in Oslo. The leaders said talks went well. Police"
                + " arrested Tom Smith and Jim Jones. The officers said the men were armed.",
            "Ana Ruiz | The leaders | INDIRECT | SAY | talks went well",
            "Jon Berg | The leaders | INDIRECT | SAY | talks went well",
            "the officers | The officers | INDIRECT | SAY | the men were armed"),
        text("a business noun that opens a sentence stands for the name no list knows that opened the one before",
            "Aer Lingus had to cancel 13 flights. The airline has apologised for the delays.",
            "Aer Lingus | The airline | REPORTED_ACT | APOLOGIZE | the delays"),
        text("a region's capitalised word after a known place goes with it",
            "The governor of Lagos State said the roads would reopen.",
            "the governor of Lagos State | The governor of Lagos State | INDIRECT | SAY | the roads would reopen"),
        text("a participle that opens the sentence with its object is the act of the main clause's subject",
            "Citing security concerns, the ministry said the embassy would close. Welcoming guests is a duty, the"
                + " host said. Oman expressed the sultanate's condolences.",
            "the ministry | the ministry | REPORTED_ACT | EXPLAIN | security concerns",
            "the ministry | the ministry | INDIRECT | SAY | the embassy would close",
            "the host | the host | INDIRECT | SAY | Welcoming guests is a duty",
            "Oman | Oman | REPORTED_ACT | SAY | the sultanate's condolences"),
        text("a cue joined by and or or to another verb says nothing",
            "\"No matter what Ito says or does, he cannot change the facts,\" Zhu said.",
            "Zhu | Zhu | DIRECT | SAY | No matter what Ito says or does, he cannot change the facts,"),
        text("the edges of the participles of a next act, quoted as saying, this, according to and joined cues",
            "Officials said protesters blocked the road, demanding the governor's resignation. Ivan Petrov was quoted"
                + " on Sunday by Tass as saying the attackers came from the north. Zuma criticised President Cyril"
                + " Ramaphosa. This president, he said, had betrayed the party. Putin told his council that the West"
                + " was to blame, according to the Kremlin. The president said or implied that the vote was stolen."
                + " The columnist opined on the economy.",
            "officials | Officials | INDIRECT | SAY | protesters blocked the road, demanding the governor's"
                + " resignation",
            "Ivan Petrov | Ivan Petrov | INDIRECT | SAY | the attackers came from the north",
            "Zuma | Zuma | REPORTED_ACT | CRITICIZE | President Cyril Ramaphosa",
            "Zuma | he | INDIRECT | SAY | This president",
            "Zuma | he | INDIRECT | SAY | had betrayed the party",
            "Kremlin | the Kremlin | INDIRECT | SAY | Putin told his council that the West was to blame",
            "Putin | Putin | INDIRECT | SAY | the West was to blame",
            "Cyril Ramaphosa | The president | INDIRECT | SAY | the vote was stolen"),
        text("it after a document that spoke is the document, for its issuer",
            "A press release from the city police said a bomb caused the blast. It said that two officers were hurt.",
            "the city police | A press release | INDIRECT | SAY | a bomb caused the blast",
            "the city police | It | INDIRECT | SAY | two officers were hurt"),
        text("a participle that carries a count on is the writer's sum",
            "The ministry said it found seven new cases, bringing the total to 145. Officials confirmed two more"
                + " deaths, raising the death toll to 12.",
            "the ministry | The ministry | INDIRECT | SAY | it found seven new cases",
            "officials | Officials | REPORTED_ACT | CONFIRM | two more deaths"),
        text("a single name before a noun after a preposition of topic is no one a pronoun stands for",
            "The ministry said the two states disagree regarding Kashmir issue.\n\nHe told reporters that talks"
                + " would go on. The spokesman opined that peace was near.",
            "the ministry | The ministry | INDIRECT | SAY | the two states disagree regarding Kashmir issue",
            "- | He | INDIRECT | SAY | talks would go on",
            "the spokesman | The spokesman | INDIRECT | SAY | peace was near"),
        text("a participle after its noun, with its agent, is the agent's act on the noun",
            "China claims the sea, including parts claimed by Vietnam and Brunei. The plan, criticised by unions,"
                + " was dropped. His remarks were in turn condemned by the OAS. A memo posted online by Senator"
                + " Dalmau showed the mayor.",
            "China | China | INDIRECT | CLAIM | the sea, including parts claimed by Vietnam and Brunei",
            "Vietnam | Vietnam | REPORTED_ACT | CLAIM | parts",
            "Brunei | Brunei | REPORTED_ACT | CLAIM | parts",
            "unions | unions | REPORTED_ACT | CRITICIZE | The plan",
            "Organization of American States | the OAS | REPORTED_ACT | DENOUNCE | His remarks"),
        text("a quotation that ends a clause after a connective gives the clause after the connective",
            "Chris Thomas led the study. But on average, animal life is retreating \"much faster than was"
                + " recognized,\" he said. But \"we will learn more,\" he added.",
            "Chris Thomas | he | MIXED | SAY | on average, animal life is retreating \"much faster than was"
                + " recognized,\"",
            "Chris Thomas | he | DIRECT | SAY | we will learn more,"),
        text("a speaker that ends the sentence after an inverted said speaks, whatever the clause before names",
            "Of the new patients, 382 were admitted, said the Directorate General of Health Services (DGHS). The"
                + " number of cases rose sharply, said the Bureau of Meteorology. In Paris, the president met Macron,"
                + " said the spokesman.",
            "the Directorate General of Health Services | the Directorate General of Health Services | INDIRECT"
                + " | SAY | Of the new patients, 382 were admitted",
            "Bureau of Meteorology | Bureau of Meteorology | INDIRECT | SAY | The number of cases rose sharply",
            "the spokesman | the spokesman | INDIRECT | SAY | In Paris, the president met Macron"),
        text("a source no lexicon knows after according to; her before a noun owns it",
            "The plant will close, according to the operator. The singer Ana Ruiz has died, according to her"
                + " publisher.",
            "the operator | the operator | INDIRECT | SAY | The plant will close",
            "her publisher | her publisher | INDIRECT | SAY | The singer Ana Ruiz has died"),
        text("a word quoted before its noun after a participle is part of the participle's object",
            "Sharif rejected the results, alleging \u201cblatant\u201d rigging of the election, even though the count"
                + " was under way. Protesters marched, chanting \"Free Tibet\" outside the embassy.",
            "Sharif | Sharif | REPORTED_ACT | REJECT | the results",
            "Sharif | Sharif | REPORTED_ACT | CLAIM | \u201cblatant\u201d rigging of the election",
            "protesters | Protesters | DIRECT | SAY | Free Tibet"),
        text("a title's initials after the stand for the one who holds it",
            "Chief Election Commissioner Muhammad Raza Khan spoke at 4 am. The CEC stressed the delay was due to a"
                + " new system.",
            "Muhammad Raza Khan | The CEC | INDIRECT | INSIST | the delay was due to a new system"),
        text("an organisation's initials past a first word in capitals",
            "The NSW Rural Fire Service said the danger was extreme. The RFS warned that people faced serious"
                + " danger.",
            "NSW Rural Fire Service | NSW Rural Fire Service | INDIRECT | SAY | the danger was extreme",
            "NSW Rural Fire Service | The RFS | INDIRECT | WARN | people faced serious danger"),
        text("a quotation alone goes on from the speaker past one paragraph of narration",
            "Jason Kenny retired on Tuesday.\n\"I am loving it, so now I am going to quit,\" Kenny said.\nAnother"
                + " reason for him to step away is his son.\n\"Athletes' days off are not really off. You are always"
                + " planning.\"",
            "Jason Kenny | Kenny | DIRECT | SAY | I am loving it, so now I am going to quit,",
            "Jason Kenny | - | DIRECT | SAY | Athletes' days off are not really off. You are always planning."),
        text("opposition expressed is an act noun's object",
            "Hong said China has expressed its firm opposition. The senator voiced strong opposition to the"
                + " swearing-in of the governor.",
            "Hong | Hong | INDIRECT | SAY | China has expressed its firm opposition",
            "China | China | REPORTED_ACT | REJECT | its firm opposition",
            "the senator | The senator | REPORTED_ACT | REJECT | strong opposition to the swearing-in of the governor"),
        text("a presentation made is an act noun's object",
            "On Wednesday, the Government of Venezuela made a presentation on the border dispute. The presentation of"
                + " the award took place on Friday.",
            "Venezuela | the Government of Venezuela | REPORTED_ACT | EXPLAIN | a presentation on the border"
                + " dispute"),
        text("what those told are told about",
            "Wickremesinghe told the participants of the meeting about his decision. The minister told members of"
                + " parliament about the plan.",
            "Wickremesinghe | Wickremesinghe | REPORTED_ACT | SAY | his decision",
            "the minister | The minister | REPORTED_ACT | SAY | the plan"),
        text("review: a participle's agent only after by and a determiner, joined participles, no noun after a"
                + " preposition, acts of deeds set off",
            "The coach criticised by name three players who had broken the curfew. A law condemned by rights groups"
                + " and criticised by the UN took effect in Uganda on Thursday. A plan to build a dam on the Nile,"
                + " criticised by Egypt, has been completed. The seat, claimed by the Liberal candidate after a"
                + " recount, had been held by Labor.",
            "rights groups | rights groups | REPORTED_ACT | DENOUNCE | A law",
            "United Nations | the UN | REPORTED_ACT | CRITICIZE | A law"),
        text("review: So opens no clause before a quotation; according to after a verb is no source; a quoted word"
                + " before a clause's verb",
            "So far, the team has been \"excellent,\" coach Lars Eriksen said. Prices vary according to the season,"
                + " and tourists pay more in July. The government expelled two diplomats, claiming \"foreign\" agents"
                + " were behind the protests.",
            "Lars Eriksen | coach Lars Eriksen | DIRECT | SAY | excellent,",
            "the government | The government | MIXED | CLAIM | \"foreign\" agents were behind the protests"),
        text("review: a former holder's title gives no initials; narration that brings in another voice ends a"
                + " speaker's quotations",
            "Former Chief Election Commissioner S.Y. Quraishi criticised the decision. The CEC said the criticism was"
                + " unfair.\n\"I did not kill anyone,\" the defendant told the court.\nThe prosecution has asked for a"
                + " sentence of 25 years.\n\"He is a danger to society.\"",
            "S.Y. Quraishi | Former Chief Election Commissioner S.Y. Quraishi | REPORTED_ACT | CRITICIZE |"
                + " the decision",
            "CEC | The CEC | INDIRECT | SAY | the criticism was unfair",
            "the defendant | the defendant | DIRECT | SAY | I did not kill anyone,",
            "- | - | DIRECT | SAY | He is a danger to society."),
        text("a title's portfolios through an organisation's name, a state's adjective and a comma to the name",
            "Minister of Foreign Affairs and International Cooperation Ahmed Abdallah said the talks were useful. The"
                + " talks were long, said Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser"
                + " Bourita. Minister of Foreign Affairs, Regional Integration and Togolese Abroad Robert Dussey said"
                + " more talks would follow. Ghana's Minister for Tourism, Arts and Culture, Abena Owusu-Darko, called"
                + " him \"a national treasure.\"",
            "Ahmed Abdallah | Minister of Foreign Affairs and International Cooperation Ahmed Abdallah | INDIRECT |"
                + " SAY | the talks were useful",
            "Nasser Bourita | Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita |"
                + " INDIRECT | SAY | The talks were long",
            "Robert Dussey | Minister of Foreign Affairs, Regional Integration and Togolese Abroad Robert Dussey |"
                + " INDIRECT | SAY | more talks would follow",
            "Abena Owusu-Darko | Abena Owusu-Darko | MIXED | SAY | him \"a national treasure.\""),
        text("a participle with no comma right after a reported act's object goes on with its speaker",
            "The minister criticised the relations between the two countries adding that a lot was at stake. Police"
                + " said the recorder captured the officer saying that he was tired.",
            "the minister | The minister | REPORTED_ACT | CRITICIZE | the relations between the two countries",
            "the minister | The minister | INDIRECT | SAY | a lot was at stake",
            "Police | Police | INDIRECT | SAY | the recorder captured the officer",
            "the officer | the officer | INDIRECT | SAY | he was tired"),
        text("a name in capitals told at the end of the sentence is the addressee",
            "Both sides agreed that public opinion could be improved, a diplomatic source told the Middle East News"
                + " Agency (MENA).",
            "a diplomatic source | a diplomatic source | INDIRECT | SAY | Both sides agreed that public opinion could"
                + " be improved",
            "both sides | Both sides | INDIRECT | AGREE | public opinion could be improved"),
        text("a participle after by is the act of the subject of the verb before it",
            "News that the two would be missing made headlines before the team doctor, Deb Robinson, allayed the"
                + " fears by suggesting that all three would be fit. The parents tried to have Waseem released by"
                + " saying they forgave him.",
            "Deb Robinson | Deb Robinson | INDIRECT | PROPOSE | all three would be fit",
            "the parents | The parents | INDIRECT | SAY | they forgave him"),
        text("roles set off after a name with no comma closing them describe the person",
            "\"We have done well,\" Chamisa, a lawyer and member of parliament said in his Twitter message. He"
                + " added that he was waiting.",
            "Chamisa | Chamisa | DIRECT | SAY | We have done well,",
            "Chamisa | He | INDIRECT | SAY | he was waiting"),
        text("a role's field in brackets before a trailing speaker's name",
            "The inquiry will be conducted by a senior railway official, Railway Board member (Traffic) Mohd Jamshed"
                + " told media.",
            "Mohd Jamshed | Mohd Jamshed | INDIRECT | SAY | The inquiry will be conducted by a senior railway"
                + " official"),
        text("a person introduced after an opening adverb and before a feeling is whom he stands for",
            "Tim Dunn said the flight was beautiful. Meanwhile, Chris Ruf, the mission's lead scientist, was elated."
                + " He said that it felt fantastic.",
            "Tim Dunn | Tim Dunn | INDIRECT | SAY | the flight was beautiful",
            "Chris Ruf | He | INDIRECT | SAY | it felt fantastic"),
        text("words quoted inside a phrase before the speaker leave the clause after the cue",
            "Mohd Jamshed spoke on Thursday. Terming the incident as \u201cunfortunate\u201d, he said accidents should"
                + " not happen at all.",
            "Mohd Jamshed | he | INDIRECT | SAY | accidents should not happen at all"),
        text("review: a person named as the object speaks by the participle after it; roles of one person need no"
                + " article on the last; a time after that; a pronoun of a clause of time is no subject before by",
            "The party denounced the senator saying that immigrants were criminals. Kamau, a farmer and his wife said"
                + " the locusts ate everything. Zelensky that evening said Ukraine would never surrender. The"
                + " president surprised lawmakers when he ended his speech by announcing that he would step down.",
            "the party | The party | REPORTED_ACT | DENOUNCE | the senator",
            "the senator | the senator | INDIRECT | SAY | immigrants were criminals",
            "Kamau | Kamau | INDIRECT | SAY | the locusts ate everything",
            "a farmer | a farmer | INDIRECT | SAY | the locusts ate everything",
            "his wife | his wife | INDIRECT | SAY | the locusts ate everything",
            "Zelensky | Zelensky | INDIRECT | SAY | Ukraine would never surrender",
            "the president | The president | INDIRECT | ANNOUNCE | he would step down"),
        text("a government with a capital is its state's; honorifics of parliaments; a time between subject and verb",
            "The Federal Government of Somalia rejected the claims. The Kenyan Government says it is ready to talk."
                + " Hon. Nanaia Mahuta said the talks were warm. The Rt Hon Jacinda Ardern said trade would grow. The"
                + " minister last week said prices would fall. Grant Robertson this afternoon announced a new fund.",
            "Somalia | The Federal Government of Somalia | REPORTED_ACT | REJECT | the claims",
            "Kenya | The Kenyan Government | INDIRECT | SAY | it is ready to talk",
            "Nanaia Mahuta | Hon. Nanaia Mahuta | INDIRECT | SAY | the talks were warm",
            "Jacinda Ardern | The Rt Hon Jacinda Ardern | INDIRECT | SAY | trade would grow",
            "the minister | The minister | INDIRECT | SAY | prices would fall",
            "Grant Robertson | Grant Robertson | REPORTED_ACT | ANNOUNCE | a new fund"),
        text("a capital Government that starts a name, a title or a portfolio keeps it",
            "The Government Accountability Office said costs rose. Orla Keating, Minister for Housing, Local"
                + " Government and Heritage, said homes would be built.",
            "Government Accountability Office | Government Accountability Office | INDIRECT | SAY | costs rose",
            "Orla Keating | Minister | INDIRECT | SAY | homes would be built"),
        text("a title in lower case set off after a name, then the body it is held in or the state it is of",
            "Macharia Kamau, principal secretary in the Foreign Affairs Ministry told journalists that Kenya had no"
                + " faith in the court. Tom Reed, foreign minister of Kenya said it rained. Jorge Chavez, chief of"
                + " Peru's Civil Defense Institute (INDECI), said roads were shut. INDECI said 65 people were hurt.",
            "Macharia Kamau | principal secretary in the Foreign Affairs Ministry | INDIRECT | SAY | Kenya had no faith"
                + " in the court",
            "Tom Reed | foreign minister of Kenya | INDIRECT | SAY | it rained",
            "Jorge Chavez | Jorge Chavez | INDIRECT | SAY | roads were shut",
            "Civil Defense Institute | INDECI | INDIRECT | SAY | 65 people were hurt"),
        text("a capitalised title with its body, then the holder's name with no comma",
            "Spokesman for the Ministry of Foreign Affairs Lin Jian said the talks went well. The spokesman added that"
                + " more talks would follow.",
            "Lin Jian | Lin Jian | INDIRECT | SAY | the talks went well",
            "Lin Jian | The spokesman | INDIRECT | SAY | more talks would follow"),
        text("a press service or press office speaks for its owner",
            "The press service of the Kyrgyz Foreign Ministry said that talks went well. The press service said the"
                + " border was calm. The Kremlin press service said Putin would travel. The Gazprom press office said"
                + " gas flowed. Its press office said prices were stable.",
            "Foreign Ministry (Kyrgyzstan) | The press service of the Kyrgyz Foreign Ministry | INDIRECT | SAY"
                + " | talks went well",
            "Foreign Ministry (Kyrgyzstan) | The press service | INDIRECT | SAY | the border was calm",
            "Kremlin | The Kremlin press service | INDIRECT | SAY | Putin would travel",
            "Gazprom | The Gazprom press office | INDIRECT | SAY | gas flowed",
            "Gazprom | Its press office | INDIRECT | SAY | prices were stable"),
        text("a body's own website or account speaks for it",
            "Iran protested on Monday. The Foreign Ministry's website said the talks failed. The ministry's Twitter"
                + " account said the embassy was closed.",
            "Foreign Ministry (Iran) | The Foreign Ministry's website | INDIRECT | SAY | the talks failed",
            "Foreign Ministry (Iran) | The ministry's Twitter account | INDIRECT | SAY | the embassy was closed"),
        text("the two are the last two persons named in the sentence before, after a pair of states",
            "Talks between Egypt and Sudan went well, after Electricity Minister Mohamed Shaker met his Sudanese"
                + " counterpart Moataz Moussa. The two agreed to hold more meetings. India and Pakistan clashed on"
                + " Tuesday. The two agreed to talk.",
            "Mohamed Shaker | The two | REPORTED_ACT | AGREE | to hold more meetings",
            "Moataz Moussa | The two | REPORTED_ACT | AGREE | to hold more meetings",
            "India | The two | REPORTED_ACT | AGREE | to talk",
            "Pakistan | The two | REPORTED_ACT | AGREE | to talk"),
        text("a name ending in Online or Daily is a medium, which no he after it stands for",
            "Talks ended on Friday without agreement, Foreign Minister Sameh Shoukry announced, according to Ahram"
                + " Online. \u201cWe will continue to talk,\u201d he added. China Daily reported that exports rose.",
            "Sameh Shoukry | Foreign Minister Sameh Shoukry | INDIRECT | ANNOUNCE | Talks ended on Friday without"
                + " agreement",
            "Sameh Shoukry | he | DIRECT | SAY | We will continue to talk,",
            "China Daily | China Daily | INDIRECT | REPORT | exports rose"),
        text("a title of a state after the, then the holder; the minister and the FM name that holder",
            "The accord is 85% agreed, Foreign Minister of the Kyrgyz Republic Erlan Abdyldaev told reporters. The"
                + " minister added that more treaties were signed. \"Many issues were removed,\" the FM emphasized."
                + " Speaker of the Sri Lankan Parliament Mahinda Yapa Abeywardena said the vote was valid.",
            "Erlan Abdyldaev | Foreign Minister of the Kyrgyz Republic Erlan Abdyldaev | INDIRECT | SAY | The accord"
                + " is 85% agreed",
            "Erlan Abdyldaev | The minister | INDIRECT | SAY | more treaties were signed",
            "Erlan Abdyldaev | the FM | DIRECT | INSIST | Many issues were removed,",
            "Mahinda Yapa Abeywardena | Mahinda Yapa Abeywardena | INDIRECT | SAY | the vote was valid"),
        text("review: the two persons of the sentence before only; Hon with no dot; Government before and; a name after"
                + " a verb is no titled subject; openers before according to; a title of the state after the",
            "Antony Blinken told Sergei Lavrov that Joe Biden was ready to meet Vladimir Putin. The two agreed to keep"
                + " talking. Hon Hai said it would build a plant. Government and opposition leaders said they had a"
                + " deal. Ruto met Paul Kagame, president of Rwanda, and said the region needed peace. But according to"
                + " police, the suspect fled.",
            "Antony Blinken | Antony Blinken | INDIRECT | SAY | Joe Biden was ready to meet Vladimir Putin",
            "the two | The two | REPORTED_ACT | AGREE | to keep talking",
            "Hon Hai | Hon Hai | INDIRECT | SAY | it would build a plant",
            "Government | Government | INDIRECT | SAY | they had a deal",
            "opposition leaders | opposition leaders | INDIRECT | SAY | they had a deal",
            "Ruto | Ruto | INDIRECT | SAY | the region needed peace",
            "police | police | INDIRECT | SAY | the suspect fled"),
        text("a cue of a relative clause followed only by where or when it spoke says nothing",
            "Obanikoro, who tweeted on his official handle on Monday, said the officials were only summoned. Smith,"
                + " who wrote on Facebook that he was sorry, resigned.",
            "Obanikoro | Obanikoro | INDIRECT | SAY | the officials were only summoned",
            "Smith | Smith | INDIRECT | SAY | he was sorry"),
        text("a paragraph's first word in capitals is read in title case when the lists know it so",
            "MINISTER of Foreign Affairs Kamina Johnson Smith said Jamaica would monitor Haiti.\nBNR said inflation"
                + " stayed at 4 percent.",
            "Kamina Johnson Smith | MINISTER of Foreign Affairs Kamina Johnson Smith | INDIRECT | SAY | Jamaica would"
                + " monitor Haiti",
            "BNR | BNR | INDIRECT | SAY | inflation stayed at 4 percent"),
        text("review: bodies named after a state, participles before nouns, as after a denial, a place no list knows, a"
                + " press service described at length",
            "The chairman of the Pakistan Cricket Board said the team would tour India. Moscow rejected Kyiv's claims"
                + " that occupied territories would be retaken. The army said the strike did not hit a hospital, as"
                + " Hamas claimed. The Government of Jubaland said it would keep the port. The Kremlin press service"
                + " said Putin would travel. The Belarusian presidential press service said Lukashenko would meet him."
                + " The press service said the talks would focus on gas.",
            "the chairman of the Pakistan Cricket Board | The chairman of the Pakistan Cricket Board | INDIRECT | SAY"
                + " | the team would tour India",
            "Russia | Moscow | REPORTED_ACT | REJECT | Kyiv's claims that occupied territories would be retaken",
            "Ukraine | Kyiv | INDIRECT | CLAIM | occupied territories would be retaken",
            "Hamas | Hamas | INDIRECT | CLAIM | The army said the strike did not hit a hospital",
            "Army | The army | INDIRECT | SAY | the strike did not hit a hospital",
            "Jubaland | Jubaland | INDIRECT | SAY | it would keep the port",
            "Kremlin | The Kremlin press service | INDIRECT | SAY | Putin would travel",
            "the Belarusian presidential press service | The Belarusian presidential press service | INDIRECT | SAY |"
                + " Lukashenko would meet him",
            "the Belarusian presidential press service | The press service | INDIRECT | SAY | the talks would focus on"
                + " gas"),
        text("a subject described by its words goes across a name's gloss in brackets",
            "The Rossiya Molodaya (Young Russia) youth movement said the departure was a victory.",
            "the Rossiya Molodaya (Young Russia) youth movement | The Rossiya Molodaya (Young Russia) youth movement"
                + " | INDIRECT | SAY | the departure was a victory"),
        text("admiration and a reply are act nouns",
            "Raychelle Omamo expressed the admiration of Kenya towards Nigeria. China gave a swift reply.",
            "Raychelle Omamo | Raychelle Omamo | REPORTED_ACT | PRAISE | the admiration of Kenya towards Nigeria",
            "China | China | REPORTED_ACT | RESPOND | a swift reply"),
        text("an honorific between a title and the name leaves the title to the name",
            "Foreign Minister Dr Hasan Mahmud on Tuesday said the talks went well. The Foreign Minister also said the"
                + " government was aware. President Dr. Mohamed Muizzu said the island was safe.",
            "Hasan Mahmud | Foreign Minister Dr Hasan Mahmud | INDIRECT | SAY | the talks went well",
            "Hasan Mahmud | The Foreign Minister | INDIRECT | SAY | the government was aware",
            "Mohamed Muizzu | President Dr. Mohamed Muizzu | INDIRECT | SAY | the island was safe"),
        text("a connective that opens the sentence before according to says nothing",
            "However, according to Doha's foreign minister, the demands were designed to be rejected.",
            "Doha's foreign minister | Doha's foreign minister | INDIRECT | SAY | the demands were designed to be"
                + " rejected"),
        text("a time between a verb and its infinitive",
            "The leaders agreed in January to set up a fund. Both sides pledged in 2019 to cut tariffs. The ministers"
                + " agreed back in January to hold more talks.",
            "the leaders | The leaders | REPORTED_ACT | AGREE | to set up a fund",
            "both sides | Both sides | REPORTED_ACT | PROMISE | to cut tariffs",
            "the ministers | The ministers | REPORTED_ACT | AGREE | to hold more talks"),
        text("a noun of speech before that and a verb in the past has a relative clause, no content",
            "Relations were broken in 2011 over Damascus' crackdown on protests that grew into a civil war.",
            new String[0]),
        text("a speaker after as at the sentence's end said what the statement before the comma said",
            "Judge Yusuf said Chile had bound itself to talks, as Bolivia had argued.",
            "Yusuf | Judge Yusuf | INDIRECT | SAY | Chile had bound itself to talks",
            "Bolivia | Bolivia | INDIRECT | CLAIM | Chile had bound itself to talks"),
        text("a relative clause of the place after the cue's adjunct is not said",
            "The minister said in Geneva, where talks resumed, that progress was slow. Morales said in The Hague, where"
                + " the court is based, he would keep fighting. Smith told reporters outside the court, where crowds"
                + " gathered, that he was innocent.",
            "the minister | The minister | INDIRECT | SAY | progress was slow",
            "Morales | Morales | INDIRECT | SAY | he would keep fighting",
            "Smith | Smith | INDIRECT | SAY | he was innocent"),
        text("allies and partners speak as groups, after a quantifier and a conjunction too",
            "Britain advanced plans on Tuesday, but some eastern allies said the effort must go further. Its partners"
                + " said they were worried.",
            "some eastern allies | some eastern allies | INDIRECT | SAY | the effort must go further",
            "its partners | Its partners | INDIRECT | SAY | they were worried"),
        text("examples after an addressee belong to it",
            "The US has been encouraging allies such as Germany to restrict the flights. Paris urged partners"
                + " including Italy, Spain and Greece to act. Tokyo asked officials like Smith to resign.",
            "United States | US | INDIRECT | URGE | to restrict the flights",
            "France | Paris | INDIRECT | URGE | to act",
            "Japan | Tokyo | INDIRECT | ASK | to resign"),
        text("a noun of speech with a time before from and its speaker",
            "The move followed a warning last week from the foreign ministry that talks would fail. The drop came after a"
                + " statement on Monday from Tokyo that it would pay.",
            "Foreign Ministry | the foreign ministry | INDIRECT | WARN | talks would fail",
            "Japan | Tokyo | INDIRECT | SAY | it would pay"),
        text("a noun of speech with a longer time before from",
            "Markets fell after a warning two weeks ago from the IMF that growth would slow. Shares rose after a"
                + " statement late on Friday from the White House that talks would resume.",
            "International Monetary Fund | the IMF | INDIRECT | WARN | growth would slow",
            "White House | the White House | INDIRECT | SAY | talks would resume"),
        text("a rank between the determiner and a state's title",
            "A senior U.S. commander said the alliance would hold. A top Chinese minister said talks would resume."
                + " The senior Japanese diplomat said the visit was off.",
            "a senior U.S. commander | A senior U.S. commander | INDIRECT | SAY | the alliance would hold",
            "a top Chinese minister | A top Chinese minister | INDIRECT | SAY | talks would resume",
            "the senior Japanese diplomat | The senior Japanese diplomat | INDIRECT | SAY | the visit was off"),
        text("despite, amid or following a noun of speech, the main clause after the comma is the writer's",
            "Despite assurances from Beijing that the drills were routine, Taipei raised its alert level. Amid warnings"
                + " from the ministry that prices would rise, shoppers rushed to the stores. Following a pledge by Tokyo"
                + " that it would pay, Seoul dropped the claim.",
            "China | Beijing | INDIRECT | ASSURE | the drills were routine",
            "the ministry | the ministry | INDIRECT | WARN | prices would rise",
            "Japan | Tokyo | INDIRECT | PROMISE | it would pay"),
        text("the agent of deeds that threaten says nothing",
            "Taiwan said jets entered its airspace. Such actions by the Chinese military threaten the entire region,"
                + " it said. The attack by the rebels worried the ministry.",
            "Taiwan | Taiwan | INDIRECT | SAY | jets entered its airspace",
            "Taiwan | it | INDIRECT | SAY | Such actions by the Chinese military threaten the entire region"),
        text("a deed in the past after then is the speaker's next, not what was demanded",
            "Manila demanded the vessels leave then deployed coast guard vessels to the area. Tokyo demanded an"
                + " apology, then recalled its ambassador.",
            "Philippines | Manila | REPORTED_ACT | DEMAND | the vessels leave",
            "Japan | Tokyo | REPORTED_ACT | DEMAND | an apology"),
        text("a deed after then ends what was demanded in a clause or told to be done",
            "Moscow demanded that Kyiv withdraw its troops and then launched an offensive. The club told the player to"
                + " apologise then dropped him. Biden urged Congress to pass the bill and then flew to Poland.",
            "Russia | Moscow | INDIRECT | DEMAND | Kyiv withdraw its troops",
            "the club | The club | INDIRECT | SAY | the player to apologise",
            "Biden | Biden | INDIRECT | URGE | to pass the bill"),
        text("a state's title in the lead is the person named after the next quotation",
            "France's foreign minister called on Saturday for the bloc to move ahead quickly.\n\n\"Talks have to go"
                + " quickly,\" Jean-Marc Ayrault said.\n\nBritain voted to leave, forcing the resignation of Prime"
                + " Minister David Cameron.\n\nLooking to a summit, the French minister added: \"There will be"
                + " pressure.\"",
            "Jean-Marc Ayrault | France's foreign minister | INDIRECT | URGE | to move ahead quickly",
            "Jean-Marc Ayrault | Jean-Marc Ayrault | DIRECT | SAY | Talks have to go quickly,",
            "Jean-Marc Ayrault | the French minister | DIRECT | SAY | There will be pressure."),
        text("a state's title in the lead stays unnamed when the next speaker holds another title",
            "France's foreign minister called on Saturday for the bloc to move ahead.\n\n\"Talks have to go"
                + " quickly,\" Interior Minister Anne Roux said.",
            "France's foreign minister | France's foreign minister | INDIRECT | URGE | to move ahead",
            "Anne Roux | Interior Minister Anne Roux | DIRECT | SAY | Talks have to go quickly,"),
        text("a state's defense chief is its defense secretary named later, past states named in objects",
            "MANILA (AP) — The Philippine defense chief told his Chinese counterpart on Friday that Manila will adhere"
                + " to a ruling that invalidated most of Beijing's claims.\n\nChinese Gen. Wei Fenghe is in Manila for"
                + " talks with Defense Secretary Delfin Lorenzana.",
            "Delfin Lorenzana | The Philippine defense chief | INDIRECT | SAY | Manila will adhere to a ruling that"
                + " invalidated most of Beijing's claims"),
        text("a minister named later in a sentence about another state is no lead's title",
            "MANILA (AP) — The Philippine defense chief met his Japanese counterpart in Tokyo on Friday and said the"
                + " two countries would deepen cooperation. Defense Minister Minoru Kihara said Japan would send boats.",
            "the Philippine defense chief | The Philippine defense chief | INDIRECT | SAY | the two countries would"
                + " deepen cooperation",
            "Minoru Kihara | Defense Minister Minoru Kihara | INDIRECT | SAY | Japan would send boats"),
        text("UN missions and US commands are in the gazetteer",
            "The U.N. mission UNMISS said it was outraged. US Africa Command said it was aware.",
            "United Nations Mission in South Sudan | UNMISS | INDIRECT | SAY | it was outraged",
            "United States Africa Command | US Africa Command | INDIRECT | SAY | it was aware"),
        text("forces speak as groups, with whom they are loyal to",
            "Forces loyal to Vice President Riek Machar said his residence was attacked. Russian forces said they"
                + " took the town.",
            "forces loyal to Vice President Riek Machar | Forces loyal to Vice President Riek Machar | INDIRECT | SAY"
                + " | his residence was attacked",
            "Russian forces | Russian forces | INDIRECT | SAY | they took the town"),
        text("a description before the cue speaks for the name it gave in a relative clause",
            "\"I saw dead bodies,\" one man, who gave his name only as Steven, said by telephone. One woman, who gave"
                + " only her first name, Maria, said the water was rising.",
            "Steven | one man | DIRECT | SAY | I saw dead bodies,",
            "Maria | One woman | INDIRECT | SAY | the water was rising"),
        text("more ways of giving a name before the cue, and being identified is no statement",
            "One woman, who asked to be identified only as Olga, said the shelling had stopped. A man, who identified"
                + " himself only as Samir, said the road was open. One soldier, who gave only his surname, Kovalenko,"
                + " said the unit withdrew. A teacher who only gave her name as Lee said the school closed. A man"
                + " identified only as Ivan said the bridge fell.",
            "Olga | One woman | INDIRECT | SAY | the shelling had stopped",
            "Samir | A man | INDIRECT | SAY | the road was open",
            "Kovalenko | One soldier | INDIRECT | SAY | the unit withdrew",
            "Lee | A teacher | INDIRECT | SAY | the school closed",
            "Ivan | Ivan | INDIRECT | SAY | the bridge fell"),
        text("reported as saying, told by an agent with no that, and signalling a clause",
            "On Monday, a senior U.S. naval officer was reported as saying Australia should follow the U.S. lead. The"
                + " agency had been told by North Korea it planned to launch a satellite. Morrison announced a plan,"
                + " signalling the Commonwealth would gain a veto. The referee signalled a penalty.",
            "a senior U.S. naval officer | a senior U.S. naval officer | INDIRECT | SAY | Australia should follow the"
                + " U.S. lead",
            "North Korea | North Korea | INDIRECT | SAY | it planned to launch a satellite",
            "Morrison | Morrison | REPORTED_ACT | ANNOUNCE | a plan",
            "Morrison | Morrison | INDIRECT | SAY | the Commonwealth would gain a veto"),
        text("pressed to act is urged; with one saying after a dash is another's",
            "Obama criticized the charges and pressed Iran to release all detainees. She pressed the button to open"
                + " the door. Police pressed charges. Lawmakers suggested that annexing Crimea is almost certain - with"
                + " one saying it could happen within days.",
            "Obama | Obama | REPORTED_ACT | CRITICIZE | the charges",
            "Obama | Obama | INDIRECT | URGE | to release all detainees",
            "lawmakers | Lawmakers | INDIRECT | PROPOSE | annexing Crimea is almost certain"),
        text("the first of two speakers set off by an apposition",
            "The European Union, a major donor, and Kenya called for a swift return to order. Japan, the Philippines,"
                + " and China said the talks failed. Germany, Europe's largest economy, and France said the plan was"
                + " sound. Brazil, Latin America's largest economy, and Argentina said the deal was near.",
            "European Union | The European Union | REPORTED_ACT | DEMAND | a swift return to order",
            "Kenya | Kenya | REPORTED_ACT | DEMAND | a swift return to order",
            "Japan | Japan | INDIRECT | SAY | the talks failed",
            "Philippines | Philippines | INDIRECT | SAY | the talks failed",
            "China | China | INDIRECT | SAY | the talks failed",
            "Germany | Germany | INDIRECT | SAY | the plan was sound",
            "France | France | INDIRECT | SAY | the plan was sound",
            "Brazil | Brazil | INDIRECT | SAY | the deal was near",
            "Argentina | Argentina | INDIRECT | SAY | the deal was near"),
        text("the sources are the unnamed group that spoke last",
            "Warplanes targeted rebels, military officials said. The fighting killed 28 people, the sources said.",
            "military officials | military officials | INDIRECT | SAY | Warplanes targeted rebels",
            "military officials | the sources | INDIRECT | SAY | The fighting killed 28 people"),
        text("a person before a role whose closing comma is missing",
            "Martin Baron, the executive editor of the Post said there was no justice.",
            "Martin Baron | Martin Baron | INDIRECT | SAY | there was no justice"),
        text("they after two persons named together, with others named as an object before them",
            "Russia freed Alexander Alexandrov and Yevgeny Yerofeyev. Russia has sent soldiers into Ukraine, so it"
                + " was not clear how Alexandrov and Yerofeyev would be treated. While in Kiev, they had accused Moscow"
                + " of disowning them.",
            "Alexander Alexandrov | they | REPORTED_ACT | ACCUSE | Moscow of disowning them",
            "Yevgeny Yerofeyev | they | REPORTED_ACT | ACCUSE | Moscow of disowning them"),
        text("the report is the medium's that spoke last",
            "The Times said the missiles were used. The report said 12 missiles were fired.",
            "Times | The Times | INDIRECT | SAY | the missiles were used",
            "Times | The report | INDIRECT | SAY | 12 missiles were fired"),
        text("a state's top diplomat is its foreign minister or secretary of state",
            "Chinese Foreign Minister Wang Yi met Secretary of State John Kerry. China's top diplomat said the talks"
                + " were candid. The top U.S. diplomat said ties were stable. The top American diplomat said he talked"
                + " to Wang.",
            "Wang Yi | China's top diplomat | INDIRECT | SAY | the talks were candid",
            "John Kerry | The top U.S. diplomat | INDIRECT | SAY | ties were stable",
            "John Kerry | The top American diplomat | INDIRECT | SAY | he talked to Wang"),
        text("a participle after a list that is the subject is each item's",
            "The U.S., EU and Ukraine's new government do not recognize the referendum, saying it violates"
                + " international norms.",
            "United States | U.S. | INDIRECT | SAY | it violates international norms",
            "European Union | EU | INDIRECT | SAY | it violates international norms",
            "Ukraine | Ukraine | INDIRECT | SAY | it violates international norms"),
        text("a trailing speaker's verb with only following or amid after it said what came before",
            "Poland is considering the proposal, Sikorski said following talks with Blinken. Japan will help, the"
                + " minister said amid rising tensions.",
            "Sikorski | Sikorski | INDIRECT | SAY | Poland is considering the proposal",
            "the minister | the minister | INDIRECT | SAY | Japan will help"),
        text("according to a source with no comma after it, before a clause",
            "According to his family he has lost 40 pounds. According to the ministry the talks failed.",
            "family | family | INDIRECT | SAY | he has lost 40 pounds",
            "the ministry | the ministry | INDIRECT | SAY | the talks failed"),
        text("what was asked of one set off by an apposition, with two verbs",
            "A member of Russia's parliament on Sunday requested that the foreign minister, Sergey Lavrov, confirm"
                + " and explain the list.",
            "a member of Russia's parliament | A member of Russia's parliament | INDIRECT | ASK | the foreign minister,"
                + " Sergey Lavrov, confirm and explain the list"),
        text("a group known as a name, with no commas, is that name",
            "The Syrian rebel coalition known as the High Negotiations Committee met on Saturday. The coalition said"
                + " Russia had shown disdain.",
            "High Negotiations Committee | The coalition | INDIRECT | SAY | Russia had shown disdain"),
        text("the EU's foreign service is the European External Action Service",
            "The EU's foreign service said the measure was arbitrary.",
            "European External Action Service | The EU's foreign service | INDIRECT | SAY | the measure was arbitrary"),
        text("without elaborating after a trailing speaker is how it was said, whatever follows",
            "Air defence units downed six missiles, the air force said, without elaborating on whether the missile"
                + " had been downed.",
            "Air Force | the air force | INDIRECT | SAY | Air defence units downed six missiles"),
        text("a verb in the past with its object after what was called is the speaker's next deed",
            "Western governments called it an illegal land-grab and imposed sanctions on Moscow. The ministry"
                + " reported the driver lost control and left the road.",
            "Western governments | Western governments | INDIRECT | SAY | it an illegal land-grab",
            "the ministry | The ministry | INDIRECT | REPORT | the driver lost control and left the road"),
        text("he in a participle's clause that opens the sentence is the main clause's subject",
            "People in Nice were celebrating Bastille Day. Referring to what he described as the \"incredible"
                + " carnage\" in Nice, Kerry said Syria was a hotbed for terrorists. Speaking after he met the"
                + " minister, Ana Ruiz said the talks failed.",
            "Kerry | he | MIXED | SAY | the \"incredible carnage\" in Nice",
            "Kerry | Kerry | INDIRECT | SAY | Syria was a hotbed for terrorists",
            "Ana Ruiz | Ana Ruiz | INDIRECT | SAY | the talks failed"),
        text("he in an opening participle's clause is the one who opened the sentence before, or whose words are passed"
                + " on",
            "Sanna Marin lost the election in April. Recalling what she described as a \"fair fight\", Finnish"
                + " Foreign Minister Elina Valtonen said the country had chosen well.",
            "Sanna Marin | she | MIXED | SAY | a \"fair fight\"",
            "Elina Valtonen | Finnish Foreign Minister Elina Valtonen | INDIRECT | SAY | the country had chosen well"),
        text("a plural name and a known group take a verb of speech in its base form",
            "The Democrats attack the bill as a giveaway. Under the new rules, the Taliban order women to cover their"
                + " faces.",
            "The Democrats | The Democrats | REPORTED_ACT | CRITICIZE | the bill as a giveaway",
            "Taliban | the Taliban | REPORTED_ACT | DEMAND | women to cover their faces"),
        text("a name that opens a sentence is a person though it ends in a place's word",
            "Lauryn Hill cancelled her tour on Friday. She said the venue was unsafe.",
            "Lauryn Hill | She | INDIRECT | SAY | the venue was unsafe"),
        text("then after an auxiliary goes on with what was demanded; a role one asks to be identified as is asked",
            "Investigators demanded that the airline explain why it had delayed the flight and then cancelled it. The"
                + " group asked to be identified as a party to the lawsuit.",
            "investigators | Investigators | INDIRECT | DEMAND | the airline explain why it had delayed the flight and"
                + " then cancelled it",
            "the airline | the airline | INDIRECT | EXPLAIN | why it had delayed the flight and then cancelled it",
            "the group | The group | INDIRECT | ASK | to be identified as a party to the lawsuit"),
        text("what a fact signals is no statement",
            "Shares fell 5%, signalling investors were worried. Hand signals used by divers are taught first.",
            new String[0]),
        text("a noun of speech after a name and an article is no verb",
            "Families of those seized in the Hamas attack that sparked the war have gathered to demand their return.",
            new String[0]),
        text("a word that opens a quoted sentence before a verb's bare form gives an order",
            "\"What do I do? Just tell him that I love him,\" Ana Ruiz said.",
            "Ana Ruiz | Ana Ruiz | DIRECT | SAY | What do I do? Just tell him that I love him,"),
        text("she is the woman named before a place and a son",
            "Einav Zaugauker, whose son Matan is one of the last hostages, rejoiced in Tel Aviv's so-called Hostages"
                + " Square.\n\n\"I can't breathe,\" she said.",
            "Einav Zaugauker | she | DIRECT | SAY | I can't breathe,"),
        text("a body's name set off after where it serves",
            "The U.N. mission in South Sudan, UNMISS, said on Friday that 20 civilians were killed.",
            "United Nations Mission in South Sudan | UNMISS | INDIRECT | SAY | 20 civilians were killed"),
        text("a report named before the medium spoke is not the medium's",
            "The audit office published its annual report on Tuesday. CNN said the document was leaked. The report"
                + " said spending had overrun.",
            "CNN | CNN | INDIRECT | SAY | the document was leaked",
            "the report | The report | INDIRECT | SAY | spending had overrun"),
        text("a report of an event named before does not keep the report from the medium",
            "Police said they had received a report of shots fired. The Washington Post said the gunman bought the"
                + " rifle legally. The report said he had no criminal history.",
            "Police | Police | INDIRECT | SAY | they had received a report of shots fired",
            "The Washington Post | The Washington Post | INDIRECT | SAY | the gunman bought the rifle legally",
            "The Washington Post | The report | INDIRECT | SAY | he had no criminal history"));
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

  @org.junit.jupiter.api.Test
  void aTitleInThePluralBeforeTwoNamesIsEachOnesInTheSingularWithTheStatesInTurn() {
    Extraction x = EXTRACTOR.extract("t", "Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun"
        + " Bayramov met in Geneva. The ministers said the talks were frank.");
    Map<String, Actor> byName = byName(x);
    assertEquals("Foreign Minister", byName.get("Ararat Mirzoyan").roles().get(0).title());
    assertEquals("ARM", countryOf(byName, "Ararat Mirzoyan"));
    assertEquals("AZE", countryOf(byName, "Jeyhun Bayramov"));
    assertEquals(2, x.statements().size());
  }

  @org.junit.jupiter.api.Test
  void aCounterpartIsOfTheStateNamedBeforeItAndSharesTheTitleOfWhoseCounterpartOnlyInThePlural() {
    Extraction x = EXTRACTOR.extract("t", "Foreign Minister Kang Kyung-wha met her Japanese counterpart Taro Kono in"
        + " Bangkok. The ministers agreed to meet again. Wang Yi met his Russian counterpart, Sergei Lavrov, on"
        + " Monday. Prime Minister Shinzo Abe met his Indian counterpart Narendra Modi. The prime minister said"
        + " Japan would help. Defense Secretary Jim Mattis met his Mexican counterpart, Navy Secretary Rafael Ortiz.");
    Map<String, Actor> byName = byName(x);
    assertEquals("JPN", countryOf(byName, "Taro Kono"));
    // the same office may have another name in another state: no title is copied
    assertTrue(byName.get("Taro Kono").roles().isEmpty());
    assertEquals(List.of("Kang Kyung-wha", "Taro Kono"), x.statements().subList(0, 2).stream()
        .map(st -> x.expectActor(st.speaker().orElseThrow()).name()).collect(Collectors.toList()));
    assertEquals("RUS", countryOf(byName, "Sergei Lavrov"));
    assertEquals("IND", countryOf(byName, "Narendra Modi"));
    Extraction y = EXTRACTOR.extract("t", "Secretary of State Antony Blinken spoke. Blinken's Chinese counterpart"
        + " Wang Yi said the talks were candid.");
    assertEquals("CHN", countryOf(byName(y), "Wang Yi"));
    assertEquals("Shinzo Abe", x.expectActor(x.statements().get(2).speaker().orElseThrow()).name());
    // a title after the counterpart's comma: no person of its first word
    assertTrue(byName.get("Navy") == null || byName.get("Navy").kind() != ActorKind.PERSON);
  }

  @org.junit.jupiter.api.Test
  void aTitleEndingInARoleNounNoListKnowsIsWhole() {
    Extraction x = EXTRACTOR.extract("t", "Chief Election Commissioner Muhammad Raza Khan said the count was slow.");
    Actor khan = byName(x).get("Muhammad Raza Khan");
    assertEquals("Chief Election Commissioner", khan.roles().get(0).title());
  }

  @org.junit.jupiter.api.Test
  void aStateOfAustraliaIsNoNationOfTheUnitedKingdomAndANameAfterTheIsNoPerson() {
    Extraction x = EXTRACTOR.extract("t", "A bushfire destroyed 23 homes in the Central Tablelands of New South"
        + " Wales. New South Wales Premier Katherine Doyle said payments would be available from Monday.");
    Map<String, Actor> byName = byName(x);
    assertEquals("AUS", countryOf(byName, "Katherine Doyle"));
    assertEquals("AUS", countryOf(byName, "New South Wales"));
    assertTrue(byName.get("Central Tablelands") == null
        || byName.get("Central Tablelands").kind() != ActorKind.PERSON);
  }

  @org.junit.jupiter.api.Test
  void thoseACompanyServesDoNotShareItsCountry() {
    Extraction x = EXTRACTOR.extract("t", "Facebook users said the post was fake. Pentagon officials said no.");
    Map<String, Actor> byName = byName(x);
    assertTrue(byName.get("Facebook users").country().isEmpty());
    assertEquals("USA", countryOf(byName, "Pentagon officials"));
  }

  @org.junit.jupiter.api.Test
  void dependentTerritoriesAreTheirOwnPlaces() {
    Extraction x = EXTRACTOR.extract("t", "The government of American Samoa said the issue was for Congress."
        + " Samoa said the vote was fair. Puerto Rico Governor Ana Ruiz said she would resign.");
    Map<String, Actor> byName = byName(x);
    assertEquals("ASM", countryOf(byName, "American Samoa"));
    assertEquals("WSM", countryOf(byName, "Samoa"));
    assertEquals("PRI", countryOf(byName, "Ana Ruiz"));
  }

  @org.junit.jupiter.api.Test
  void aNameSetOffByAnOrganisationsDescriptionIsAnOrganisation() {
    Extraction x = EXTRACTOR.extract("t", "Yiaga Africa, an election monitoring group, called for reform.");
    assertEquals(ActorKind.ORGANIZATION, byName(x).get("Yiaga Africa").kind());
  }

  @org.junit.jupiter.api.Test
  void oneMemberOfANamedPartyIsARoleThatGivesItsCountry() {
    Extraction x = EXTRACTOR.extract("t", "Timo Fischer, a Free Democratic Party member, in May last year proposed"
        + " a new law.");
    assertEquals("DEU", countryOf(byName(x), "Timo Fischer"));
  }

  @org.junit.jupiter.api.Test
  void aRoleAStatesAdjectiveOpensGivesTheNameAfterItThatState() {
    Extraction x = EXTRACTOR.extract("t", "French lawmaker Anne Roy said the deal was weak. The club's owner, American"
        + " businessman Tom Ricks, said the sale was off. A senior official said talks went on.");
    Map<String, Actor> byName = byName(x);
    assertEquals("FRA", countryOf(byName, "Anne Roy"));
    assertEquals("USA", countryOf(byName, "Tom Ricks"));
  }

  @org.junit.jupiter.api.Test
  void aNameAfterAPublicBodysDescriptionIsAPublicBody() {
    Extraction x = EXTRACTOR.extract("t", "The search and rescue agency Basarnas deployed 200 people."
        + " Basarnas said the weather was poor.");
    assertEquals(ActorKind.GOVERNMENT_BODY, byName(x).get("Basarnas").kind());
  }

  @org.junit.jupiter.api.Test
  void aFieldOfStudyGivesNoCountry() {
    Extraction x = EXTRACTOR.extract("t", "\"Pyongyang is drawing a line,\" said Choi Hyun-seo, a professor of North"
        + " Korean studies. Chinese Foreign Ministry spokesman Tom Reed said the talks had failed.");
    Map<String, Actor> byName = byName(x);
    assertTrue(byName.get("Choi Hyun-seo").country().isEmpty());
    assertEquals("CHN", countryOf(byName, "Tom Reed"));
  }

  @org.junit.jupiter.api.Test
  void theCountrysBodiesAndPeopleAreOfTheStateNamedLast() {
    Extraction x = EXTRACTOR.extract("t", "An earthquake struck Peru on Sunday. The country's military said roads"
        + " were closed. The nation's president said she was saddened.");
    for (Actor a : x.actors()) {
      if (a.kind() != ActorKind.STATE) {
        assertEquals("PER", a.country().map(CountryCode::code).orElse(null), a.name());
      }
    }
    assertEquals(2, x.statements().size());
    Extraction none = EXTRACTOR.extract("t", "The country's military said roads were closed.");
    assertTrue(none.actors().stream().allMatch(a -> a.country().isEmpty()), "no state named: no country");
  }

  @org.junit.jupiter.api.Test
  void spokespersonsSpeakForTheirPrincipals() {
    Extraction x = EXTRACTOR.extract("t", "Richard Boucher, the State Department spokesman, said the talks would"
        + " resume. A spokesman for the Foreign Ministry said the talks failed. Angela Merkel spoke on Monday. Her"
        + " spokesperson said she was well. The Labour Party criticised the budget. A spokesperson for the party"
        + " said the cuts were cruel. Foreign Minister Wang Yi said China was ready. Ana Ruiz said she was glad.");
    Map<String, String> principals = new java.util.LinkedHashMap<>();
    for (Statement s : x.statements()) {
      principals.put(s.content(), s.principal().map(p -> x.expectActor(p).name()).orElse("-"));
    }
    assertEquals(Map.of(
        "the talks would resume", "State Department",
        "the talks failed", "Foreign Ministry",
        "she was well", "Angela Merkel",
        "the budget", "-",
        "the cuts were cruel", "Labour Party",
        "China was ready", "-",
        "she was glad", "-"), principals);
    Statement party = x.statements().stream().filter(s -> s.content().equals("the cuts were cruel")).findFirst()
        .orElseThrow();
    assertEquals("a spokesperson for the party", x.expectActor(party.speaker().orElseThrow()).name());
    Extraction acme = EXTRACTOR.extract("t", "A spokeswoman for Acme said the recall was voluntary.");
    assertEquals(ActorKind.ORGANIZATION,
        acme.expectActor(acme.statements().get(0).principal().orElseThrow()).kind());
    Extraction named = EXTRACTOR.extract("t", "Andres Pizarro, a spokesman for the National Forestry Corporation"
        + " (CONAF), said 2,100 hectares had burned. CONAF said its aircraft could not fly. Foreign Ministry"
        + " spokesman Lin Jian said the talks failed.");
    Map<String, String> speakers = new java.util.LinkedHashMap<>();
    for (Statement s : named.statements()) {
      speakers.put(s.content(), named.expectActor(s.speaker().orElseThrow()).name() + " for "
          + s.principal().map(p -> named.expectActor(p).name()).orElse("-"));
    }
    assertEquals(Map.of(
        "2,100 hectares had burned", "Andres Pizarro for National Forestry Corporation",
        "its aircraft could not fly", "National Forestry Corporation for -",
        "the talks failed", "Lin Jian for Foreign Ministry"), speakers,
        "a named spokesperson for a body no list knows, and its abbreviation in brackets after the body's name");
  }

  @org.junit.jupiter.api.Test
  void theGroupIsTheOrganisationNamedLast() {
    Extraction x = EXTRACTOR.extract("t", "Amnesty International condemned the arrests. The group called for"
        + " their release. A group of hikers was rescued on Sunday. The group said they were grateful.");
    List<String> speakers = x.statements().stream()
        .map(s -> s.speaker().map(id -> x.expectActor(id).name()).orElse("-")).collect(Collectors.toList());
    assertEquals(List.of("Amnesty International", "Amnesty International", "a group"), speakers);
  }

  @org.junit.jupiter.api.Test
  void namesEndingInAStatesNameAreBodiesOrOrganisationsOfIt() {
    Extraction named = EXTRACTOR.extract("t", "Health Canada said the drug was safe. Athletics Kenya said the race"
        + " would go ahead. Imperial College London said it agreed.");
    Map<String, Actor> byName = byName(named);
    assertEquals(ActorKind.GOVERNMENT_BODY, byName.get("Health Canada").kind());
    assertEquals("CAN", countryOf(byName, "Health Canada"));
    assertEquals(ActorKind.ORGANIZATION, byName.get("Athletics Kenya").kind());
    assertEquals("KEN", countryOf(byName, "Athletics Kenya"));
    assertEquals("GBR", countryOf(byName, "Imperial College London"));
    assertTrue(named.actors().stream().noneMatch(a -> a.kind() == ActorKind.STATE), () -> named.actors().toString());
    for (String text : List.of("OPEC Saudi Arabia and Russia agreed to cut output.", "The IMF Ukraine program was"
        + " approved.", "Police Arrest An Armed Man In Hanoi, state media said.")) {
      List<String> names = EXTRACTOR.extract("t", text).actors().stream().map(Actor::name).collect(Collectors.toList());
      assertTrue(names.stream().noneMatch(n -> n.startsWith("OPEC ") || n.startsWith("IMF ") || n.startsWith("Police ")),
          () -> text + " " + names);
    }
  }

  @org.junit.jupiter.api.Test
  void textsThatOnceBrokeTheRulesAreExtracted() {
    for (String text : List.of(
        "The rescuers were praised after answering hundreds of calls.",
        "He was accused of lying before admitting the affair.",
        "The suspect is said to have fled after telling friends he was leaving.",
        "They asked the District Court",
        "They asked the District Court for the Southern District of New York",
        "They asked the Court of",
        "\"We will appeal,\" Mr Day said",
        "Prices will rise, the bank warned",
        "Tom Hale said",
        "The minister said on",
        "The minister said on 12")) {
      Extraction x = EXTRACTOR.extract("t", text);
      for (Statement s : x.statements()) {
        assertEquals(s.content(), x.article().text(s.contentSpan()));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void namesThatAreNotMediaOrOneOrganisation() {
    Extraction x = EXTRACTOR.extract("t", "Dawn Butler said the bill was flawed. The National Liberation Army said"
        + " it would talk. Royal Mail said deliveries were late. Iran seized a British tanker. The Ministry of"
        + " Defence said it was monitoring. Researchers from the University of Washington and Stanford University"
        + " said the glue worked.");
    Map<String, Actor> byName = byName(x);
    assertEquals(ActorKind.PERSON, byName.get("Dawn Butler").kind());
    assertTrue(x.actors().stream().noneMatch(a -> a.kind() == ActorKind.MEDIA), () -> x.actors().toString());
    assertTrue(byName.get("Defense Ministry").country().isEmpty());
    assertTrue(byName.containsKey("University of Washington") && byName.containsKey("Stanford University"));
  }

  @org.junit.jupiter.api.Test
  void newsMediaByTheirNamesAreMedia() {
    Extraction x = EXTRACTOR.extract("t", "The Lagos Courier reported the ship sank. The Jakarta Post said the"
        + " crew was safe. Emily Post said manners matter.");
    Map<String, Actor> byName = byName(x);
    assertEquals(ActorKind.MEDIA, byName.get("Lagos Courier").kind());
    assertEquals(ActorKind.MEDIA, byName.get("The Jakarta Post").kind());
    assertEquals("IDN", countryOf(byName, "The Jakarta Post"));
    assertEquals(ActorKind.PERSON, byName.get("Emily Post").kind());
  }

  @org.junit.jupiter.api.Test
  void placesWithinStatesAndPartiesGiveTheCountry() {
    Extraction x = EXTRACTOR.extract("t", "Senator Tom Udall of New Mexico said the wall was a waste. New Mexico"
        + " Attorney General Hector Balderas said it was illegal. Republican Doug Collins of Georgia said it"
        + " was fine. Mexico's foreign minister said he was glad.");
    for (String name : List.of("Tom Udall", "Hector Balderas", "Doug Collins")) {
      Actor a = x.actors().stream().filter(y -> y.name().equals(name)).findFirst().orElseThrow();
      assertEquals("USA", a.country().orElseThrow().code(), name);
    }
    assertTrue(x.actors().stream().anyMatch(y -> y.country().map(c -> c.code().equals("MEX")).orElse(false)));
    for (String text : List.of("Republican Doug Collins of Georgia said it was fine.",
        "Republican committee member Doug Collins of Georgia said it was fine.")) {
      Actor collins = EXTRACTOR.extract("t", text).actors().stream().filter(y -> y.name().equals("Doug Collins"))
          .findFirst().orElseThrow();
      assertEquals("USA", collins.country().orElseThrow().code(), text);
    }
    Extraction manila = EXTRACTOR.extract("t", "Philippine President Rodrigo Duterte spoke. The Senate said it would"
        + " meet. Senate President Tito Sotto said there were not enough votes.");
    for (String name : List.of("Senate (Philippines)", "Tito Sotto")) {
      Actor a = manila.actors().stream().filter(y -> y.name().equals(name)).findFirst().orElseThrow();
      assertEquals("PHL", a.country().orElseThrow().code(), name);
    }
    assertTrue(manila.actors().stream().noneMatch(y -> y.country().map(c -> c.code().equals("USA")).orElse(false)));
    Actor senate = EXTRACTOR.extract("t", "Senate Majority Leader Mitch McConnell spoke. The Senate said it would"
        + " meet.").actors().stream().filter(y -> y.name().equals("Senate")).findFirst().orElseThrow();
    assertEquals("USA", senate.country().orElseThrow().code());
    Actor kubiak = EXTRACTOR.extract("t", "Tomasz Kubiak, a fire service spokesman, told Reuters the victim is in"
        + " care.").actors().stream().filter(y -> y.name().equals("Tomasz Kubiak")).findFirst().orElseThrow();
    assertTrue(kubiak.country().isEmpty(), "a medium told is no country of the speaker");
    Actor chilean = EXTRACTOR.extract("t", "The National Disaster Agency of Chile said the quake killed two.").actors()
        .stream().filter(y -> y.name().equals("National Disaster Agency")).findFirst().orElseThrow();
    assertEquals("CHL", chilean.country().orElseThrow().code());
    Actor georgian = EXTRACTOR.extract("t", "Giorgi Kvirikashvili of Georgia said talks failed.").actors().stream()
        .filter(y -> y.name().equals("Giorgi Kvirikashvili")).findFirst().orElseThrow();
    assertEquals("GEO", georgian.country().orElseThrow().code());
  }

  @org.junit.jupiter.api.Test
  void theNationalSecurityCouncilIsTheStateOfTheStory() {
    Extraction nairobi = EXTRACTOR.extract("t", "NAIROBI (Reuters) - The National Security Council said the attack"
        + " was a provocation.");
    Actor council = nairobi.expectActor(nairobi.statements().get(0).speaker().orElseThrow());
    assertEquals("KEN", council.country().orElseThrow().code());
    Extraction washington = EXTRACTOR.extract("t", "WASHINGTON (Reuters) - The National Security Council said the"
        + " sanctions would stay.");
    Actor american = washington.expectActor(washington.statements().get(0).speaker().orElseThrow());
    assertEquals("USA", american.country().orElseThrow().code());
  }

  @org.junit.jupiter.api.Test
  void aDatelineGivesTheCountryOfAGenericBodyNamedBeforeAnyState() {
    Extraction tokyo = EXTRACTOR.extract("t", "TOKYO (Reuters) - The foreign ministry said it would protest.");
    Actor ministry = tokyo.expectActor(tokyo.statements().get(0).speaker().orElseThrow());
    assertEquals("JPN", ministry.country().orElseThrow().code());
    Extraction washington = EXTRACTOR.extract("t", "WASHINGTON (Reuters) — Iran rejected the proposal on Monday. The"
        + " foreign ministry said the offer was not serious.");
    Actor iranian = washington.expectActor(washington.statements().get(1).speaker().orElseThrow());
    assertEquals("IRN", iranian.country().orElseThrow().code(), "a state named in the story beats the dateline");
    Extraction beijing = EXTRACTOR.extract("t", "BEIJING — The Senate said the sanctions bill would be debated.");
    Actor senate = beijing.expectActor(beijing.statements().get(0).speaker().orElseThrow());
    assertEquals("USA", senate.country().orElseThrow().code(), "a name many states share keeps its own state");
  }

  @org.junit.jupiter.api.Test
  void whereAGroupOfPeopleIsGivesItsBodyAndCountry() {
    Extraction x = EXTRACTOR.extract("t", "Officials from the State Department said talks failed. Diplomats in Beijing"
        + " said the visit was off. Researchers from the Georgia Institute of Technology said reefs recover."
        + " Scientists from China's Tsinghua University reported birds ran.");
    Map<String, Actor> byName = x.actors().stream().collect(Collectors.toMap(Actor::name, a -> a, (a, b) -> a));
    assertEquals("USA", countryOf(byName, "officials from the State Department"));
    assertEquals("CHN", countryOf(byName, "diplomats in Beijing"));
    assertTrue(byName.containsKey("researchers"), () -> byName.keySet().toString());
    assertTrue(byName.containsKey("scientists"), () -> byName.keySet().toString());
    Extraction members = EXTRACTOR.extract("t", "Members of the Social Democratic Party said the deal was off. Timo"
        + " Fischer, a Free Democratic Party member of the Hamburg-Mitte District Assembly, said it was fine.");
    java.util.Set<String> names = members.actors().stream().map(Actor::name).collect(Collectors.toSet());
    assertTrue(names.containsAll(List.of("Social Democratic Party", "Free Democratic Party",
        "Hamburg-Mitte District Assembly")), names::toString);
  }

  @org.junit.jupiter.api.Test
  void aNationalityAloneIsOnePersonOfThatCountryButNotANation() {
    Extraction one = EXTRACTOR.extract("t", "Prime Minister Giuseppe Conte of Italy met Tom Hale. The Italian said"
        + " talks went well.");
    assertEquals("Giuseppe Conte", one.expectActor(one.statements().get(0).speaker().orElseThrow()).name());
    Extraction nation = EXTRACTOR.extract("t", "Tom Reed spoke. \"Not the party, not the British,\" Reed declared.");
    assertTrue(nation.actors().stream().filter(a -> a.name().equals("Tom Reed")).findFirst().orElseThrow()
        .country().isEmpty());
    Extraction place = EXTRACTOR.extract("t", "Firefighters reached Palm Springs late on Monday. The 52-year-old"
        + " said it was hot.");
    assertTrue(place.actors().stream().noneMatch(a -> a.name().equals("Palm Springs")), () -> place.actors().toString());
  }

  /** The code of the country of the actor named {@code name}; fails when it has none. */
  private static String countryOf(Map<String, Actor> byName, String name) {
    return byName.get(name).country().orElseThrow().code();
  }

  private static Map<String, Actor> byName(Extraction x) {
    return x.actors().stream().collect(Collectors.toMap(Actor::name, a -> a));
  }

  private static String describe(Extraction x, Statement s) {
    String speaker = s.speaker().map(x::expectActor).map(Actor::name).orElse("-");
    String mention = s.speakerMention().map(Mention::text).orElse("-");
    return speaker + " | " + mention + " | " + s.mode() + " | " + s.speechAct() + " | " + s.content();
  }
}
