"""Probe59b: who said it, when the speaker is a foreign or international figure, in invented
articles shaped like 2016 US political and foreign-policy news in several outlets' styles: a
naval patrol near a disputed reef (`reef`, AP: surname-first names "Zhou Baoshan" then "Zhou",
"Hua Meilin" then "Hua", "Senior Col. Ren Guoliang", a Vietnamese spokesman "Do Van Quang" called
by his given name "Quang", a foreign ministry spokeswoman unnamed then named, "Beijing warned", a
US congressman "Daniel Zhou" sharing the Chinese president's surname), a nuclear test (`korea`,
Reuters: two Kims "Kim Song-chol" and "Kim Hae-jin" — the second "speaking through an
interpreter" and then "Kim Hae-jin said" — and a third, the North's leader "Kim Jong-hyok"; a US
ambassador "Mark Lee" and a South Korean minister "Lee Jun-seo" both "Lee said"; "Pyongyang
said", "her office said"), Aleppo (`aleppo`, house style with honorifics: particles "Nizar
al-Hakim" then "Mr. Hakim" and "Al-Hakim", "Lorenzo de la Torre" then "Mr. de la Torre", "Ahmad
Abu Bakr al-Shami" named after "A spokesman for Ahrar al-Sham", "Moscow said", "Andrei V.
Sokolov", "Dr. Hamza al-Omari" then "Dr. Omari"), a Mexican president (`mexico`, the Washington
Post: double surnames "Rodrigo Ibáñez Nieto" then "Ibáñez Nieto", "Emilio Álvarez Tostado",
"Arturo Salinas Ocampo", a particle "Luisa Fernanda de la Garza" / "De la Garza", a US
congresswoman "Linda Ibáñez" beside the president "Ibáñez Nieto", an unnamed "Republican
nominee"), a purge after a coup (`turkey`, Politico: a three-part name "Mustafa Tayyar Kaplan",
accents and Turkish letters "Ömer Şahin", "Hakan Çelik", "Ahmet Nuri Gündoğdu", "Levent
Kılıçoğlu", "Ankara said", a US "Rep. David Kaplan" sharing the Turkish president's surname, an
interview "through an interpreter"), European reactions to the US election (`europe`, Bloomberg:
"Chancellor", "van der Linden" / "Van der Linden", "João dos Santos" / "Dos Santos", a
president-elect, "Marine Lefèvre", "The Kremlin said", hyphenated surnames), a hajj quarrel
(`gulf`, CNN: "Supreme Leader, Ayatollah Hossein Kazemi", "Sheikh … bin Saleh al-Qahtani", "King
Mansour bin Abdullah" then "the king", "Crown Prince Turki bin Mansour" then "Prince Turki",
"Tehran") and airstrikes in Libya (`libya`, the Los Angeles Times, whose spelling is "Kadafi":
"Fouad al-Misrati" then "Misrati", apostrophes "Ahmed Ma'arouf", "Abdel-Hakim al-Ga'oud", accents
"Martín Olazábal", "Field Marshal Khalil al-Mansouri" and "A spokesman for Mansouri's forces").

``tests/fixtures/probe59b/`` holds the articles, written for this test; every person in them is
invented (real countries, capitals and institutions; US officials who are only mentioned keep
their real names). ``EXPECTED`` gives for each quote a snippet of it, its speaker ("anonymous"
for a source nobody names or a speaker without a name; "|" between accepted answers: the name
written most fully, as the speaker scorer's gold does, with or without a middle initial or a title
of another system the scorer's title list lacks), the PolNeAR class of the mention that names it,
and its content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe58_names.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/speakers.md, "Session 59 — probe59b". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe59b"

HUA = "Hua Meilin"
ZHOU = "Zhou Baoshan"
REN = "Ren Guoliang"
QUANG = "Do Van Quang"
TANABE = "Hiroshi Tanabe"
KESSLER = "Bonnie Kessler"
KIM_SC = "Kim Song-chol"
KIM_HJ = "Kim Hae-jin"
KIM_JH = "Kim Jong-hyok"
PARK = "Park Ji-yeon"
LEE_US = "Mark Lee"
LEE_SK = "Lee Jun-seo"
HAKIM = "Nizar al-Hakim"
KHATIB = "Bashir al-Khatib"
SOKOLOV = "Andrei V. Sokolov|Andrei Sokolov"
DE_LA_TORRE = "Lorenzo de la Torre"
MOROZOV = "Yuri A. Morozov|Yuri Morozov"
OMARI = "Hamza al-Omari"
SHAMI = "Ahmad Abu Bakr al-Shami"
IBANEZ_NIETO = "Rodrigo Ibáñez Nieto"
DE_LA_GARZA = "Luisa Fernanda de la Garza"
ALVAREZ = "Emilio Álvarez Tostado"
LINDA = "Linda Ibáñez"
SALINAS = "Arturo Salinas Ocampo"
TREVINO = "Denise Treviño"
SAHIN = "Ömer Şahin"
KAPLAN = "Mustafa Tayyar Kaplan"
CELIK = "Hakan Çelik"
GUNDOGDU = "Ahmet Nuri Gündoğdu"
KELLER = "Richard Keller"
KAPLAN_US = "David Kaplan"
KILICOGLU = "Levent Kılıçoğlu"
BAUMANN = "Katrin Baumann"
VAN_DER_LINDEN = "Maarten van der Linden"
DOS_SANTOS = "João dos Santos"
DELACROIX = "Jean-Luc Delacroix"
HALVORSEN = "Lars Halvorsen"
HOFBAUER = "Alexander Hofbauer"
LEFEVRE = "Marine Lefèvre"
KAZEMI = "Hossein Kazemi|Ayatollah Hossein Kazemi"
QAHTANI = "Abdulrahman bin Saleh al-Qahtani|Sheikh Abdulrahman bin Saleh al-Qahtani"
HARBI = "Adel al-Harbi"
RAHIMI = "Hassan Rahimi"
KING = "Mansour bin Abdullah|King Mansour bin Abdullah|King Mansour"
TURKI = "Turki bin Mansour|Crown Prince Turki bin Mansour|Prince Turki bin Mansour"
CRANDALL = "Tom Crandall"
MISRATI = "Fouad al-Misrati"
CRANE = "Peter Crane"
MAAROUF = "Ahmed Ma'arouf"
MANSOURI = "Khalil al-Mansouri"
OLAZABAL = "Martín Olazábal"
GAOUD = "Abdel-Hakim al-Ga'oud"
ROWAN_HALE = "Adam Rowan-Hale"
STATE = "State Department|The State Department"
IRNA = "IRNA news agency|IRNA|official IRNA news agency"
RAHIMI_ACCORDING = (
    'We want good relations with every neighbor," Rahimi said at a cabinet meeting But the blood of our pilgrims '
    "cannot be forgotten"
)

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # reef: China and a US destroyer near a disputed reef (AP)
    ("reef", "serious political and military provocation", "China", "name",
     "a U.S. Navy destroyer's passage within 12 nautical miles of a reef it claims in the South China Sea was "
     '"a serious political and military provocation."'),
    ("reef", "all necessary measures", HUA, "description",
     "China will take all necessary measures to defend its sovereignty and security"),
    ("reef", "without permission", HUA, "name",
     "the ship had entered Chinese waters without permission and had been warned away by Chinese ships and aircraft"),
    ("reef", "stop these dangerous actions", HUA, "name", "We urge the U.S. side to stop these dangerous actions"),
    ("reef", "territorial integrity", ZHOU, "name", 'China "will never allow any country to harm its territorial integrity."'),
    ("reef", "respond to any patrol", "Beijing|China", "name",
     "it would respond to any patrol near the reefs, which it has turned into artificial islands with runways and "
     "radar || it would respond to any patrol near the reefs"),
    ("reef", "routine", "Pentagon|The Pentagon", "name", 'the destroyer had carried out a routine "freedom of navigation" operation'),
    ("reef", "not about any one country", "Gordon Trask", "name", "These operations are not about any one country"),
    ("reef", "right of every ship", "Gordon Trask", "name",
     "They are about the right of every ship to sail where international law allows"),
    ("reef", "followed the destroyer", REN, "name", "two Chinese warships had followed the destroyer for more than an hour"),
    ("reef", "deliberate show of force", REN, "name", None),
    ("reef", "was overdue", "Daniel Zhou", "name", "the patrol was overdue"),
    ("reef", "sail in it", "Daniel Zhou", "name", "If we say the sea is open, we have to sail in it"),
    ("reef", "sea lanes open", QUANG, "name", 'Vietnam "welcomes every effort to keep the sea lanes open."'),
    ("reef", "told of the patrol", QUANG, "name", "whether Vietnam had been told of the patrol in advance"),
    ("reef", "free and open seas", TANABE, "name", 'Japan supported "free and open seas" but had no plans to join the patrols'),
    ("reef", "position has not changed", TANABE, "name", "Japan's position has not changed"),
    ("reef", "was not an accident", "anonymous", "description",
     "the timing, a week before Zhou is due to meet President Barack Obama at a summit in Laos, was not an accident"),
    ("reef", "backing down", KESSLER, "name", "Both sides want to show their publics they are not backing down"),
    ("reef", "Neither wants a fight", KESSLER, "name", "Neither wants a fight"),
    ("reef", "trip would go ahead", HUA, "name", "the Chinese leader's trip would go ahead"),
    # korea: a North Korean nuclear test (Reuters)
    ("korea", "at any time", "North Korea", "name",
     'it would carry out more nuclear tests "at any time" if the United States kept up its "hostile policy"'),
    ("korea", "confirmed the design", "Pyongyang|North Korea", "name",
     "the test had confirmed the design of a warhead that could be mounted on a missile"),
    ("korea", "change his country's course", KIM_SC, "name", 'sanctions would "never" change his country\'s course'),
    ("korea", "our own way", KIM_SC, "name", "We will go our own way"),
    ("korea", "reckless beyond imagination", KIM_HJ, "name",
     'the test showed the North\'s leader was "reckless beyond imagination"'),
    ("korea", "self-destruction", KIM_HJ, "name", "The North Korean regime is running toward self-destruction"),
    ("korea", "sit and watch", KIM_HJ, "name", "We will not sit and watch"),
    ("korea", "every possible measure", "anonymous|" + PARK, "description",
     'South Korean President Park Ji-yeon ordered the military to prepare "every possible measure" to counter the North'),
    ("korea", "speed up deployment", PARK, "name", "the South would speed up deployment of a U.S. anti-missile system"),
    ("korea", "no more time to waste", PARK, "pronoun", "There is no more time to waste"),
    ("korea", "ironclad", LEE_US, "name", 'Washington\'s commitment to its ally was "ironclad"'),
    ("korea", "spoken by phone", LEE_SK, "name",
     'he had spoken by phone with U.S. Secretary of State John Kerry and that the two had agreed to push for "the '
     'strongest possible" Security Council resolution || he had spoken by phone with U.S. Secretary of State John Kerry'),
    ("korea", "role is decisive", LEE_SK, "name", "China's role is decisive"),
    ("korea", "leak like a sieve", LEE_SK, "name", "Without Beijing, sanctions leak like a sieve"),
    ("korea", "already signed", LEE_US, "name", "We are asking everyone at the table to enforce what they already signed"),
    ("korea", "firmly opposed", "China's Foreign Ministry|Foreign Ministry|China", "name",
     'it "firmly opposed" the test but also urged all sides to avoid steps that would raise tensions || it "firmly '
     'opposed" the test'),
    ("korea", "absolutely unacceptable", "Shinzo Hayashi", "name", None),
    ("korea", "founding anniversary", KIM_JH, "name", 'the test was a "gift" to the party\'s founding anniversary'),
    ("korea", "never stop", KIM_JH, "name", 'his scientists would "never stop"'),
    ("korea", "unlikely before the end", "anonymous", "description",
     "a vote on a new resolution was unlikely before the end of the month"),
    # aleppo: Syria and Russia reject a truce (house style with honorifics)
    ("aleppo", "use a truce to rearm", HAKIM, "description", 'the government would not let "terrorists" use a truce to rearm'),
    ("aleppo", "bring weapons across the border", HAKIM, "name",
     "Every ceasefire has been used to bring weapons across the border"),
    ("aleppo", "make that mistake again", HAKIM, "name", "We will not make that mistake again"),
    ("aleppo", "safe corridors", HAKIM, "name",
     "the government of President Bashir al-Khatib was ready to let civilians leave the eastern half of the city "
     'through "safe corridors" but would not halt its offensive'),
    ("aleppo", "day and night", HAKIM, "name", 'the corridors would be open "day and night."'),
    ("aleppo", "supported the Syrian position", "Moscow|Russia", "name", "it supported the Syrian position"),
    ("aleppo", "time to regroup", SOKOLOV, "name", 'a pause would only "give the armed groups time to regroup."'),
    ("aleppo", "a catastrophe", DE_LA_TORRE, "name", 'the city faced "a catastrophe" within weeks'),
    ("aleppo", "no eastern Aleppo left", DE_LA_TORRE, "name", "By December, there may be no eastern Aleppo left"),
    ("aleppo", "275,000 people", DE_LA_TORRE, "pronoun", "about 275,000 people remained in the besieged districts"),
    ("aleppo", "deeply disappointing", STATE, "name", None),
    ("aleppo", "not given up on diplomacy", "John T. Kirkwood|John Kirkwood", "name",
     'the United States had "not given up on diplomacy" but was "not going to negotiate forever."'),
    ("aleppo", "by telephone", MOROZOV, "name",
     "President Mikhail Voronin would discuss Syria by telephone with Mr. Khatib later in the week"),
    ("aleppo", "press for a truce", MOROZOV, "name", "whether the Russian leader would press for a truce"),
    ("aleppo", "last terrorist leaves", KHATIB, "name", 'the war would be over "when the last terrorist leaves Syria."'),
    ("aleppo", "not about Aleppo", KHATIB, "pronoun", "This is not about Aleppo"),
    ("aleppo", "remains a state", KHATIB, "pronoun", "It is about whether Syria remains a state"),
    ("aleppo", "hit twice in a week", "anonymous", "description", "the last working hospital had been hit twice in a week"),
    ("aleppo", "in the basement", OMARI, "name", "We are operating in the basement now"),
    ("aleppo", "run out of anesthetic", OMARI, "name", "his team had run out of anesthetic on Saturday"),
    ("aleppo", "would not leave the city", SHAMI, "description", "the fighters would not leave the city"),
    ("aleppo", "a trap", SHAMI, "name", None),
    ("aleppo", "host a meeting", "Turkey", "name", "it would host a meeting of opposition leaders in Istanbul next week"),
    # mexico: a Mexican president defends hosting the Republican nominee (the Washington Post)
    ("mexico", "face to face", IBANEZ_NIETO, "name",
     'he had used the meeting to tell the candidate "face to face" that Mexico would not pay for a border wall'),
    ("mexico", "what a head of state must do", IBANEZ_NIETO, "name", "I did what a head of state must do"),
    ("mexico", "on the table", IBANEZ_NIETO, "name", "I put Mexico's position on the table"),
    ("mexico", "fallen further", "Reforma", "name", "Ibáñez Nieto's approval rating, already near record lows, has fallen further"),
    ("mexico", "respects every opinion", DE_LA_GARZA, "name", 'the government "respects every opinion" within the cabinet'),
    ("mexico", "advised against the visit", DE_LA_GARZA, "name",
     "whether she had advised against the visit || to say whether she had advised against the visit"),
    ("mexico", "stays inside the cabinet", DE_LA_GARZA, "name", "That conversation stays inside the cabinet"),
    ("mexico", "humiliated", ALVAREZ, "name", 'the meeting had "humiliated" Mexicans'),
    ("mexico", "gave him a podium", ALVAREZ, "name", "We invited the man who insults us and gave him a podium"),
    ("mexico", "who would pay for the wall", "anonymous", "description",
     "the two men had not discussed who would pay for the wall"),
    ("mexico", "very clear", IBANEZ_NIETO, "name", 'he had made it "very clear" Mexico would not'),
    ("mexico", "stands by every word", "Jason Merrick", "name", 'the candidate "stands by every word he said in Mexico City."'),
    ("mexico", "photo op", LINDA, "name", 'the trip was "a photo op at the expense of the Mexican people."'),
    ("mexico", "Not that anybody has told me", LINDA, "pronoun", "Not that anybody has told me"),
    ("mexico", "in good faith", SALINAS, "name", 'he had acted "in good faith."'),
    ("mexico", "rest of his term", "anonymous", "description",
     "the episode had damaged the president's standing for the rest of his term, which ends in 2018 || the episode had "
     "damaged the president's standing for the rest of his term"),
    ("mexico", "look presidential", TREVINO, "name",
     "He thought he could look presidential next to a candidate who looks like anything but"),
    ("mexico", "looked like a host", TREVINO, "name", "Instead he looked like a host"),
    ("mexico", "meet the Democratic nominee", "anonymous|" + IBANEZ_NIETO, "description",
     "Ibáñez Nieto would meet the Democratic nominee if she accepted the same invitation"),
    ("mexico", "no plans to travel", "anonymous", "description", "she had no plans to travel to Mexico before the election"),
    # turkey: Turkey presses for a cleric's extradition (Politico)
    ("turkey", "in every field", SAHIN, "description",
     'relations with the United States would suffer "in every field" unless Washington handed over the '
     "Pennsylvania-based cleric Ankara blames for last month's failed coup"),
    ("turkey", "We have sent the files", SAHIN, "name",
     "We have sent the files. The evidence is there || We have sent the files"),
    ("turkey", "question of whether America", SAHIN, "name", "Now it is a question of whether America is an ally"),
    ("turkey", "raise the issue", SAHIN, "name",
     "President Mustafa Tayyar Kaplan would raise the issue with President Barack Obama at the G-20 summit in China "
     "next month"),
    ("turkey", "pay a price", KAPLAN, "description", 'those who shelter "terrorists" would "pay a price,"'),
    ("turkey", "60,000 soldiers", "Ankara|Turkey", "name",
     "it had detained or suspended more than 60,000 soldiers, judges, teachers and civil servants since the July 15 "
     "uprising, in which 240 people were killed || it had detained or suspended more than 60,000 soldiers, judges, "
     "teachers and civil servants since the July 15 uprising"),
    ("turkey", "last member of this gang", CELIK, "name", 'the purge would go on "until the last member of this gang is found."'),
    ("turkey", "close schools and charities", CELIK, "name",
     "the government would also close schools and charities linked to the cleric, Ahmet Nuri Gündoğdu"),
    ("turkey", "any role in the coup", GUNDOGDU, "name", None),
    ("turkey", "life against coups", GUNDOGDU, "name", "I have spent my life against coups"),
    ("turkey", "at the end of it", GUNDOGDU, "name", "I would not betray that at the end of it"),
    ("turkey", "not on speeches", "Reid Weinstock", "name",
     'an extradition request would be judged by American courts on the evidence, "not on speeches."'),
    ("turkey", "reviewing them", STATE, "name", "it had received documents from Turkey and was reviewing them"),
    ("turkey", "rises to the level", "anonymous", "description",
     'none of the material received so far "rises to the level" required by the extradition treaty'),
    ("turkey", "going well beyond", KELLER, "name",
     'Turkey\'s crackdown was "going well beyond anyone who had anything to do with the coup."'),
    ("turkey", "fire 20,000 teachers", KELLER, "name", "You can't fire 20,000 teachers for a plot hatched by a few colonels"),
    ("turkey", "keep Incirlik", KAPLAN_US, "name",
     "the United States had to keep Incirlik Air Base, where American planes fly missions against the Islamic State || "
     "the United States had to keep Incirlik Air Base"),
    ("turkey", "Turkey needs us", KAPLAN_US, "name", "We need Turkey and Turkey needs us"),
    ("turkey", "on either side", KAPLAN_US, "name", "Nobody should forget that on either side"),
    ("turkey", "flooded with calls", KILICOGLU, "name", "the embassy had been flooded with calls from Turkish-Americans"),
    ("turkey", "united behind democracy", KILICOGLU, "name", 'the community was "united behind democracy."'),
    # europe: European leaders after the US election (Bloomberg)
    ("europe", "take our fate", BAUMANN, "name",
     'Europe must be ready to "take our fate into our own hands" after the U.S. election'),
    ("europe", "bound by values", BAUMANN, "name", "Germany and America are bound by values"),
    ("europe", "close cooperation", BAUMANN, "name", "We offer close cooperation on the basis of those values"),
    ("europe", "a wake-up call", VAN_DER_LINDEN, "name",
     'the result was "a wake-up call" for mainstream parties facing populist challengers at home'),
    ("europe", "not follow the same road", VAN_DER_LINDEN, "name", 'the Netherlands would "not follow the same road."'),
    ("europe", "People feel unheard", VAN_DER_LINDEN, "name", "People feel unheard"),
    ("europe", "our problem to fix", VAN_DER_LINDEN, "name", "That is our problem to fix, not theirs"),
    ("europe", "overreacted", DOS_SANTOS, "name",
     'markets had "overreacted" and would calm once the new administration set out its plans'),
    ("europe", "bond auction", DOS_SANTOS, "name", "Portugal's bond auction on Thursday would go ahead as planned"),
    ("europe", "what he means", DELACROIX, "name", "We need to know what he means by what he said in the campaign"),
    ("europe", "On NATO", DELACROIX, "name", "On NATO, on climate, on Iran"),
    ("europe", "as important as ever", HALVORSEN, "name", 'American leadership of the alliance was "as important as ever."'),
    ("europe", "working with the new president", HALVORSEN, "name", "he looked forward to working with the new president"),
    ("europe", "taken for granted", HOFBAUER, "name", 'the U.S. result showed that "nothing can be taken for granted."'),
    ("europe", "telegram of congratulations", "Kremlin|The Kremlin", "name",
     'President Mikhail Voronin had sent a telegram of congratulations and hoped to restore "full-fledged" ties with '
     "Washington"),
    ("europe", "a sign of hope", LEFEVRE, "name", None),
    ("europe", "What was impossible", LEFEVRE, "name", "What was impossible has become possible"),
    ("europe", "sent by letter", "Alexandros Dimas-Petrou", "name", "the invitation had been sent by letter"),
    ("europe", "pricing in", "anonymous|ING Groep NV|ING Groep|ING", "description",
     'investors were "pricing in more fiscal spending" in the U.S.'),
    # gulf: Iran and Saudi Arabia quarrel over the hajj (CNN)
    ("gulf", "murdering", KAZEMI, "name", None),
    ("gulf", "reconsider who controls", KAZEMI, "name", "the Muslim world should reconsider who controls Islam's holiest sites"),
    ("gulf", "two holy shrines", KAZEMI, "name",
     "The world of Islam must fundamentally reconsider the management of the two holy shrines"),
    ("gulf", "small and puny", KAZEMI, "pronoun", None),
    ("gulf", "not Muslims", QAHTANI, "name", 'Iran\'s leaders were "not Muslims."'),
    ("gulf", "not with its people", HARBI, "name", 'the kingdom\'s quarrel was with Iran\'s government, "not with its people."'),
    ("gulf", "always been welcome", HARBI, "name",
     "Iranian pilgrims have always been welcome, and they will be welcome again"),
    ("gulf", "chose to keep them home", HARBI, "name", "It is Tehran that chose to keep them home"),
    ("gulf", "guarantee the safety", "Bahram Ghasemzadeh", "name",
     "Saudi officials had refused to guarantee the safety of Iranian pilgrims after a crush last year in which "
     "hundreds of Iranians died"),
    ("gulf", "good relations with every neighbor", IRNA + "|" + RAHIMI, "name",
     "We want good relations with every neighbor || " + RAHIMI_ACCORDING),
    ("gulf", "cannot be forgotten", IRNA + "|" + RAHIMI, "name", "But the blood of our pilgrims cannot be forgotten"),
    ("gulf", "political ends", KING, "description", 'the kingdom would "not allow anyone to use the hajj for political ends."'),
    ("gulf", "battle to come to us", TURKI, "name", 'Saudi Arabia would "not wait for the battle to come to us."'),
    ("gulf", "take the battle to Iran", TURKI, "name", "We will take the battle to Iran"),
    ("gulf", "lower the temperature", STATE, "name", None),
    ("gulf", "had spoken with al-Harbi", "anonymous|State Department", "description",
     "Secretary of State John Kerry had spoken with al-Harbi over the weekend"),
    ("gulf", "emboldened Tehran", CRANDALL, "name", "the dispute showed the nuclear deal had emboldened Tehran"),
    ("gulf", "exactly who he is", CRANDALL, "name", "The ayatollah is telling us exactly who he is"),
    ("gulf", "should believe him", CRANDALL, "name", "We should believe him"),
    ("gulf", "1.5 million pilgrims", "Saudi Interior Ministry|Interior Ministry", "name",
     "More than 1.5 million pilgrims are expected in Mecca this week"),
    # libya: US airstrikes in Libya (the Los Angeles Times)
    ("libya", "heavy losses", MISRATI, "name", "The first strikes have caused heavy losses"),
    ("libya", "limited operation", MISRATI, "name", "This is a limited operation, in time and in place"),
    ("libya", "authorized by President Obama", CRANE, "name",
     "the strikes were authorized by President Obama on the recommendation of Defense Secretary Ashton Carter"),
    ("libya", "decisive strategic advance", CRANE, "name",
     "These actions will enable the GNA to make a decisive strategic advance"),
    ("libya", "ground troops", MAAROUF, "name", "no American ground troops would be deployed"),
    ("libya", "finish the job", MAAROUF, "name", 'Libyan forces would "finish the job on the ground."'),
    ("libya", "coordinated with his army", MANSOURI, "name", "the Americans should have coordinated with his army"),
    ("libya", "without anyone's help", MANSOURI, "name",
     "We have fought these terrorists for two years without anyone's help"),
    ("libya", "under any name", "Ahmed al-Masri", "name",
     'the east would "not accept foreign forces on Libyan soil under any name."'),
    ("libya", "political solution", OLAZABAL, "name",
     'the strikes should be "part of a political solution, not a substitute for one."'),
    ("libya", "6,000 fighters", "Jonathan Mercer", "name", "the Islamic State had as many as 6,000 fighters in the country"),
    ("libya", "weakened by weeks", "anonymous", "description", "the militants had been weakened by weeks of fighting"),
    ("libya", "fewer every day", GAOUD, "name", "They are fewer every day"),
    ("libya", "fight to the end", GAOUD, "name", "But the ones left will fight to the end"),
    ("libya", "open-ended campaign", ROWAN_HALE, "name", "Congress should vote on any open-ended campaign"),
    ("libya", "backing into another war", ROWAN_HALE, "name", "We shouldn't be backing into another war"),
]

# Decided after the first run (session 59): '"We want …," Rahimi said at a cabinet meeting, according to the
# official IRNA news agency. "But …"' — PolNeAR annotates "X said …, according to Y" as Y's attribution, its content
# holding the quotations and "X said" (train: "… Sanders said, according to CNN. '…'" has CNN for the source and
# the content '"…," Sanders said "…"'; of five such train sentences read, all have the according-to phrase for an
# attribution's source, one a "Welch said" attribution besides), so the agency is the
# speaker and newsmine's content (the quotations with "Rahimi said at a cabinet meeting") is the gold's shape; the
# president is still accepted. "declined to say whether she had advised against the visit": train's gold has both
# "to say whether …" for a content (cue "declined") and "declined to say" for a cue, so both extents are accepted.

# Session 60 (entities60) mended four faults first listed here: "Do Van Quang" (the tagger's auxiliary),
# the untagged "Ahmet Nuri Gündoğdu" before a bare "Gündoğdu", "Field Marshal Khalil al-Mansouri" before a
# bare "Mansouri", and "Prince Turki" after "Crown Prince Turki bin Mansour" tagged whole
# (tests/test_names60_international.py).
_UNNAMED_NOMINEES = (
    "The probe's own choice: the article never names the two nominees (a real Post story would), so 'The Republican "
    "nominee said' is read as the last named politician (Sen. Emilio Álvarez Tostado, of the Institutional "
    "Revolutionary Party) and 'Her campaign' after '… if she accepted the same invitation' as the last named woman's "
    "(Rep. Linda Ibáñez: 'Ibáñez campaign'). On train every nominee a description stands for is named in the article"
)

SPEAKER_FAULTS: dict = {
    ("mexico", "who would pay for the wall"): _UNNAMED_NOMINEES,
    ("mexico", "no plans to travel"): _UNNAMED_NOMINEES,
    ("mexico", "meet the Democratic nominee"):
        "'The Mexican president's office said': the office of a person the article names by a description is named "
        "by its own words ('Mexican president's office', an organisation), not left unnamed nor given to the "
        "president (Rodrigo Ibáñez Nieto) whose staff it is, as the gold's convention has it",
}
CONTENT_FAULTS: dict = {
    ("reef", "without permission"):
        "'said the ship had entered Chinese waters without permission and had been warned away by Chinese ships and "
        "aircraft': the content is cut before the coordinated passive 'and had been warned away by …'",
    ("korea", "speed up deployment"):
        "'Park told a meeting of security officials that the South would …': the addressee 'a meeting of security "
        "officials' is held in the content (a meeting is no person, so it is not read as the one told)",
    ("europe", "take our fate"):
        "'… after the U.S. election, as leaders across the continent sought to reassure voters that …': the writer's "
        "as-clause of circumstance is held in the chancellor's content",
}

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS: list = [
    ("mexico", "hosting GOP nominee", "Linda Ibáñez"),
]

_WRONG_SPEAKER_CAUSES: dict = {
    ("mexico", "hosting GOP nominee"):
        "The headline 'Mexican president defends hosting GOP nominee as anger grows at home': 'Mexican president' is "
        "given the name of the US congresswoman Linda Ibáñez (asked later 'whether she was related to the Mexican "
        "president'), not Rodrigo Ibáñez Nieto; 'defends' reports no words",
}


@pytest.fixture(scope="module")
def probe59b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe59b_quote_speaker(probe59b_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe59b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe59b_quote_content(probe59b_records, article, snippet, speaker, mention_class, content):
    assert_content(probe59b_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe59b_not_the_speaker(probe59b_records, article, snippet, wrong):
    assert_not_the_speaker(probe59b_records, article, snippet, wrong)
