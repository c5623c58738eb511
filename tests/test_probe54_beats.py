"""Probe54: who said it, and what, in invented articles shaped like 2016 US political news, in
kinds of story the earlier probes (``tests/test_probe5*.py``: campaign beats, hearings, polls, Q&A,
fact-checks, court rulings, a strike, a shooting's gun-policy fight, a deployment) did not write: a
hack attributed to a foreign state (`cyber`: officials "according to", a party committee's
chairwoman, a security firm that becomes "the company", an embassy's denial, a long quotation whose
speaker is named only after it), a pipeline protest (`pipeline`: a tribe's leaders, a chairman and
his sister of one surname, "the company", "the sheriff", "the judge", "the agency", an official who
"asked not to be named"), a local epidemic (`zika`: a state surgeon general, "the agency", a
laboratory, a pregnant mother and her husband of one surname, senators of both parties), a march
after a police shooting (`march`: the chief, a family lawyer, the dead man's mother "Ms. Hayes", a
union president, two council members of different gender, a chant), a trade case (`trade`: a
trade representative, a foreign ministry and its spokesman, a farmer and his daughter, a growers'
association, both nominees), a campus free-speech clash (`campus`: a university president who
"wrote", "the university", students of both sides, the speaker's tour group, an officer who "asked
not to be named"), a company's boycott of a state law (`boycott`: a chief executive, the governor,
the attorney general, a mother and her daughter of one surname, "a department spokeswoman") and
sailors held overnight by a foreign navy (`sailors`: the Pentagon and its spokesman, the secretary
of state, a sailor on foreign television, a sailor's father and mother of one surname, a defense
official, a long quotation named after it).

``tests/fixtures/probe54/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between accepted
answers), the PolNeAR class of the mention that names it, and its content (" || " between accepted
extents), read as ``tests/test_probe53c_beats.py`` reads them. All of it was written by hand
before newsmine first ran on the articles; figures are in docs/history/attribution.md, "Session 54
— probe54". What newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or
``CONTENT_FAULTS``, with its cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe54"

DCCC = "Democratic Congressional Campaign Committee|The Democratic Congressional Campaign Committee"
IRONCLAD = "Ironclad Cyber"
RNC = "Republican National Committee|The Republican National Committee|RNC"
TRIBE = "anonymous|Standing Elk Sioux Tribe|The Standing Elk Sioux Tribe|Standing Elk Sioux"
NORTHERN_PLAINS = "Northern Plains Transfer"
CORPS = "Army Corps of Engineers|The Army Corps of Engineers|Corps|The Corps"
FLORIDA_HEALTH = "anonymous"
CDC = "Centers for Disease Control and Prevention|The Centers for Disease Control and Prevention|CDC"
BAYVIEW = "Bayview Diagnostics"
LAKEVIEW_POLICE = "anonymous|Lakeview Police Department|Police Department"
COMMERCE_MINISTRY = ("Commerce Ministry|The Commerce Ministry|China's Commerce Ministry|Chinese Commerce Ministry|"
                     "Ministry of Commerce")
SOYBEAN = "American Soybean Growers Association|The American Soybean Growers Association"
MORALES = "anonymous|Lucia Morales|Morales campaign|The Morales campaign"
WHITMORE = "Whitmore University"
BRIGHTLINE = "Brightline Systems"
JUSTICE = "Justice Department|The Justice Department|Department of Justice"
JUSTICE_SPOKESWOMAN = "anonymous|" + JUSTICE
RILEY = "Riley Sandoval|Riley"
CHAMBER = "Nashville Area Chamber of Commerce|The Nashville Area Chamber of Commerce"
PENTAGON = "Pentagon|The Pentagon"
GUARDS = ("anonymous|Revolutionary Guards|The Revolutionary Guards|Revolutionary Guards' navy|"
          "The Revolutionary Guards' navy|Revolutionary Guard")

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # cyber: a hack attributed to Russia's military intelligence
    ("cyber", "broke into the computer network", "anonymous", "description",
     "Hackers working for Russia's military intelligence service broke into the computer network of the Democratic "
     "Congressional Campaign Committee this spring"),
    ("cyber", "had stolen thousands of e-mails", "anonymous", "description",
     "the intruders had stolen thousands of e-mails and donor records and had passed some of them to a website that "
     "began publishing them last week"),
    ("cyber", "We have high confidence", "anonymous", "description", "We have high confidence in who did this"),
    ("cyber", "it all points the same way", "anonymous", "description",
     "The tools, the servers, the working hours — it all points the same way"),
    ("cyber", "had called in the FBI", "Gail Whitaker", "name",
     "the committee had called in the FBI as soon as its technicians noticed unusual traffic on its servers in April"),
    ("cyber", "not a prank by some teenager", "Gail Whitaker", "pronoun",
     "This was not a prank by some teenager in a basement"),
    ("cyber", "This was a foreign government", "Gail Whitaker", "pronoun",
     "This was a foreign government trying to pick the winners of American elections, and every American should be "
     "angry about it, whatever party they vote for"),
    ("cyber", "a malicious program", IRONCLAD, "description",
     "the hackers had used a malicious program it had seen before in attacks on NATO governments and on a German "
     "political party"),
    ("cyber", "They were patient", "Ronald Pike", "name",
     "They were patient, they were careful and they were well funded"),
    ("cyber", "That is what a state looks like", "Ronald Pike", "name",
     "That is not what criminals look like. That is what a state looks like"),
    ("cyber", "had tried, and failed", "Ronald Pike", "name",
     "the same group had tried, and failed, to get into the Republican National Committee's network last year"),
    ("cyber", "no evidence of any successful intrusion", RNC, "description",
     'it had "no evidence of any successful intrusion" and that its systems were "secure."'),
    ("cyber", "absurd", "Dmitri Orlov", "name",
     'the accusations were "absurd" and that Moscow "does not interfere in the internal affairs of other countries."'),
    ("cyber", "somebody blames Russia", "Dmitri Orlov", "pronoun",
     "Every time something goes wrong in America, somebody blames Russia"),
    ("cyber", "It has become a habit", "Dmitri Orlov", "pronoun", "It has become a habit"),
    ("cyber", "had been briefed and that", "Lisa Carmody", "name",
     'the president had been briefed and that "appropriate responses" were being considered'),
    ("cyber", "get ahead of the investigators", "Lisa Carmody", "pronoun",
     "We are not going to get ahead of the investigators"),
    ("cyber", "should name Russia publicly", "Mark Dunleavy", "name",
     "the administration should name Russia publicly and impose sanctions"),
    ("cyber", "pay a price", "Mark Dunleavy", "pronoun",
     "If we don't make them pay a price, they will be back in 2018 with better tools"),
    ("cyber", "could look like an excuse", "anonymous", "description",
     "accusing Russia before the evidence was public could look like an excuse for Democratic losses"),
    ("cyber", "We changed every password", "Tom Reardon", "name",
     "We changed every password, we rebuilt every server, and we still do not know what they will publish next. Some "
     "of our candidates have had their cellphone numbers posted online, and their families have been getting calls "
     "at three in the morning"),
    ("cyber", "more than $1 million", "Tom Reardon", "name",
     "the committee had spent more than $1 million on the cleanup so far"),
    # pipeline: a tribe, a company and a sheriff at a river crossing
    ("pipeline", "would not allow construction crews", TRIBE, "description",
     "they would not allow construction crews to drill beneath the Missouri River || they would not allow "
     "construction crews to drill beneath the Missouri River, a day after sheriff's deputies arrested 22 people at a "
     "protest camp near the pipeline's path"),
    ("pipeline", "bury our prayers", "Harold Two Bears", "name",
     "This river is our drinking water, and it is where we bury our prayers"),
    ("pipeline", "Nobody asked us", "Harold Two Bears", "name",
     "Nobody asked us. They sent us a letter after the permits were signed"),
    ("pipeline", "more than two years of careful review", NORTHERN_PLAINS, "name",
     'the route had been approved by federal regulators after "more than two years of careful review" and that the '
     "crossing would sit 90 feet beneath the riverbed"),
    ("pipeline", "We respect the right", NORTHERN_PLAINS, "description",
     "We respect the right of every person to protest peacefully"),
    ("pipeline", "We do not respect trespassing", NORTHERN_PLAINS, "description",
     "We do not respect trespassing, and we will not stop building a lawful project"),
    ("pipeline", "every chance to leave", "Dale Kirchner", "name",
     'his deputies had given the group "every chance to leave" before making arrests, and that two officers were '
     "treated for minor injuries"),
    ("pipeline", "pick a side on a pipeline", "Dale Kirchner", "name", "I'm not here to pick a side on a pipeline"),
    ("pipeline", "keep people from getting killed", "Dale Kirchner", "name",
     "I'm here to keep people from getting killed, and that includes the people in the camp"),
    ("pipeline", "help from the National Guard", "Dale Kirchner", "description",
     "he had asked the governor for help from the National Guard, and that the state had sent officers from four "
     "other counties"),
    ("pipeline", "pepper spray", "Lorraine Two Bears", "name",
     "deputies had used pepper spray on people who were praying, not blocking equipment"),
    ("pipeline", "My grandson was standing", "Lorraine Two Bears", "pronoun",
     "My grandson was standing right beside me with his hands up"),
    ("pipeline", "He is fourteen", "Lorraine Two Bears", "pronoun", "He is fourteen"),
    ("pipeline", "had filed a motion", "Harold Two Bears", "description",
     "the tribe had filed a motion in federal court on Friday asking a judge to halt construction until the Army "
     "Corps of Engineers completed a new review of the crossing"),
    ("pipeline", "failed to consult it", TRIBE, "description",
     "the Corps had failed to consult it as federal law requires"),
    ("pipeline", "rule within two weeks", "Ann Lindqvist", "name", "she would rule within two weeks"),
    ("pipeline", "serious questions", "Ann Lindqvist", "description",
     'both sides had raised "serious questions" about the Corps\' review'),
    ("pipeline", "reviewing the tribe's concerns", CORPS, "description", "it was reviewing the tribe's concerns"),
    ("pipeline", "no decision had been made", "Karen Moss", "name",
     "no decision had been made on whether to reopen the permit"),
    ("pipeline", "order the Corps to stop work", "Ruth Ellison", "name",
     "the administration should order the Corps to stop work"),
    ("pipeline", "wealthy suburb", "Ruth Ellison", "pronoun",
     "If this pipeline were going under the water supply of a wealthy suburb, it would have been rerouted years ago"),
    ("pipeline", "$6 million in police overtime", "Doug Halvorsen", "name",
     "the protests had cost the state more than $6 million in police overtime"),
    ("pipeline", "outside agitators", "Doug Halvorsen", "pronoun",
     'the camp was being run by "outside agitators" who had no ties to the state'),
    ("pipeline", "a hundred and fifty years", "Vernon Hawk", "name",
     "We have been told to be patient for a hundred and fifty years. We were patient when they took the land for the "
     "dam, and we were patient when they took it for the highway. The young people in that camp are done being "
     "patient, and honestly, so am I"),
    ("pipeline", "within weeks", "anonymous", "description",
     'work on the crossing could begin "within weeks" if the judge did not intervene'),
    # zika: local spread of a virus
    ("zika", "a second Miami neighborhood", FLORIDA_HEALTH, "description",
     "mosquitoes had spread the Zika virus in a second Miami neighborhood, bringing the number of people infected by "
     "local mosquitoes to 21 || mosquitoes had spread the Zika virus in a second Miami neighborhood"),
    ("zika", "five new cases", "Celeste Armand", "name",
     "five new cases had been traced to the Little River area, about two miles from the first zone"),
    ("zika", "We expected this", "Celeste Armand", "name", "We expected this"),
    ("zika", "does not respect the lines", "Celeste Armand", "name",
     "The mosquito that carries this virus does not respect the lines we draw on a map"),
    ("zika", "aerial spraying", "Celeste Armand", "pronoun",
     "crews would begin aerial spraying on Thursday morning, weather permitting, and that residents should empty "
     "standing water from flowerpots, gutters and tires"),
    ("zika", "Pregnant women should not travel", "Martin Fenwick", "name",
     "Pregnant women should not travel to this neighborhood, and those who live there should take every step to "
     "avoid being bitten"),
    ("zika", "six more scientists", "Martin Fenwick", "name",
     'the agency was sending six more scientists to Miami and that the outbreak was "not yet under control."'),
    ("zika", "4,000 test kits", CDC, "description", "it had shipped 4,000 test kits to clinics in South Florida"),
    ("zika", "a backlog of more than 3,000", BAYVIEW, "name", "it had a backlog of more than 3,000 samples"),
    ("zika", "Results that once took four days", "Anil Mehta", "name",
     "Results that once took four days now take up to three weeks"),
    ("zika", "three weeks is an eternity", "Anil Mehta", "pronoun",
     "For a woman who is 12 weeks pregnant, three weeks is an eternity"),
    ("zika", "running two shifts", "Anil Mehta", "pronoun", "We are running two shifts and we still cannot keep up"),
    ("zika", "had not left her apartment", "Yesenia Cruz", "name",
     "she had not left her apartment in a week except to go to the doctor"),
    ("zika", "I wear long sleeves", "Yesenia Cruz", "pronoun",
     "I wear long sleeves in August in Miami. I spray myself three times a day. My husband sleeps on the couch "
     "because he thinks he might bring the mosquitoes in with him"),
    ("zika", "I read the news and I cry", "Yesenia Cruz", "pronoun", "Then I read the news and I cry"),
    ("zika", "had not changed anything", "Luis Cruz", "name", "his boss had not changed anything at the site"),
    ("zika", "stay home", "Luis Cruz", "pronoun", "What am I going to do, stay home?"),
    ("zika", "Somebody has to pay the rent", "Luis Cruz", "pronoun", "Somebody has to pay the rent"),
    ("zika", "Planned Parenthood", "Bill Nolan", "name",
     'Democrats had blocked the bill over "a political fight about Planned Parenthood."'),
    ("zika", "poison pills", "Rosa Ibarra", "name",
     'Republicans had "loaded the bill with poison pills" and then blamed her party for rejecting it'),
    ("zika", "$26 million", "Richard Hale", "name",
     "the state would spend $26 million of its own money on mosquito control and testing"),
    ("zika", "We are not going to wait for Washington", "Richard Hale", "pronoun",
     "We are not going to wait for Washington"),
    ("zika", "Our families can't wait", "Richard Hale", "pronoun", "Our families can't wait, and neither can we"),
    ("zika", "delayed twice", "anonymous", "description",
     "the spraying had been delayed twice because of complaints from beekeepers"),
    # march: a protest after a police shooting
    ("march", "placed on paid leave", "Angela Price", "name",
     "the officer, Sgt. Brian Tolan, had been placed on paid leave and that the state highway patrol would "
     "investigate the shooting"),
    ("march", "I watched this video", "Angela Price", "name",
     "I watched this video many times before I decided to release it"),
    ("march", "I am going to let you see it", "Angela Price", "name",
     "I am not going to tell you what to think about it. I am going to let you see it"),
    ("march", "Get on the ground", "anonymous", "description", "Get on the ground!"),
    ("march", "posed no threat", "Marcus Webb", "name", 'Hayes "posed no threat to anybody" when he was shot'),
    ("march", "every Black father", "Marcus Webb", "name",
     "He did what every Black father teaches his son to do. He kept his hands where they could see them"),
    ("march", "they shot him anyway", "Marcus Webb", "name", "And they shot him anyway"),
    ("march", "wrongful-death lawsuit", "Marcus Webb", "name",
     "the family would file a wrongful-death lawsuit against the city and that it wanted the officer charged with "
     "murder"),
    ("march", "coming home from work", "Loretta Hayes", "pronoun",
     "He was coming home from work. He had a loaf of bread on the seat"),
    ("march", "I want the world to know", "Loretta Hayes", "pronoun", "I want the world to know that"),
    ("march", "had not slept", "Loretta Hayes", "name", "she had not slept since the shooting"),
    ("march", "a split second", "Gary Lutz", "name",
     "Sergeant Tolan had a split second to make a decision, and he made it based on what he saw"),
    ("march", "inside the car", "Gary Lutz", "name",
     "the video did not show what happened inside the car before Hayes got out, and that the union would wait for "
     "the investigation"),
    ("march", "civilian review board", "Denise Carter", "name",
     "she would introduce a measure on Monday to create a civilian review board with the power to subpoena officers"),
    ("march", "for six years", "Denise Carter", "pronoun",
     "We have asked for this board for six years. Every time, we were told to wait"),
    ("march", "We are done waiting", "Denise Carter", "pronoun", "We are done waiting"),
    ("march", "independent investigation", "Paul Brandt", "name",
     "he supported an independent investigation but opposed giving a civilian board the power to subpoena officers"),
    ("march", "a broken trust", "Paul Brandt", "pronoun", "You don't fix a broken trust by breaking the department"),
    ("march", "no arrests had been made", LAKEVIEW_POLICE, "description", "no arrests had been made by 11 p.m."),
    ("march", "No justice, no peace", "anonymous", "description", "No justice, no peace!"),
    ("march", "I have two boys", "Tasha Greene", "name",
     "I have two boys. They are eleven and thirteen, and they are old enough to know what happened here, and I did "
     "not know what to tell them at breakfast this morning. So I brought them with me tonight. I want them to see "
     "that people care"),
    ("march", "use-of-force policies", "Steven Ochoa", "name",
     "he had asked the Justice Department to review the department's use-of-force policies"),
    # trade: a farm-subsidy case against China
    ("trade", "far above the limits", "Janet Kessler", "name",
     "China's payments to its farmers were far above the limits Beijing accepted when it joined the organization in "
     ' 2001, and that they had pushed down world prices and cost American farmers "hundreds of millions of dollars a '
     'year."'),
    ("trade", "China made a promise", "Janet Kessler", "name", "China made a promise when it joined the W.T.O."),
    ("trade", "It has not kept it", "Janet Kessler", "name",
     "It has not kept it, and American farmers have paid the price"),
    ("trade", "for three years", "Janet Kessler", "pronoun",
     "the administration had tried for three years to settle the matter through talks"),
    ("trade", "firmly opposes", COMMERCE_MINISTRY, "name",
     'it "firmly opposes" the complaint and would "take all necessary measures" to defend its farmers'),
    ("trade", "fully consistent with W.T.O. rules", COMMERCE_MINISTRY, "description",
     "The subsidies in question are fully consistent with W.T.O. rules"),
    ("trade", "look in a mirror", COMMERCE_MINISTRY, "description",
     "The United States itself spends billions supporting its own farmers, and it should look in a mirror"),
    ("trade", "study the complaint carefully", "Liu Weiming", "name",
     'China would "study the complaint carefully" before deciding how to respond'),
    ("trade", "lost money on every acre", "Dwight Emery", "name",
     "prices had fallen so far that he lost money on every acre last year"),
    ("trade", "compete with any farmer", "Dwight Emery", "name", "I can compete with any farmer in the world"),
    ("trade", "the treasury of the Chinese government", "Dwight Emery", "name",
     "I can't compete with the treasury of the Chinese government"),
    ("trade", "a new combine", "Katie Emery", "name",
     "the family had put off buying a new combine for a third year"),
    ("trade", "baling wire and prayer", "Katie Emery", "pronoun", "We fix it with baling wire and prayer"),
    ("trade", "would retaliate", SOYBEAN, "name",
     "it feared Beijing would retaliate against American soybeans || Beijing would retaliate against American "
     "soybeans"),
    ("trade", "buys its beans from Brazil", "Ron Tiller", "name", "When China gets angry, it buys its beans from Brazil"),
    ("trade", "too little, too late", "Walter Brandt", "name", 'the complaint was "too little, too late."'),
    ("trade", "from day one", MORALES, "description",
     'Morales supported the complaint and would "enforce our trade laws from day one."'),
    ("trade", "ready since the spring", "anonymous", "description",
     "the complaint had been ready since the spring but was held back while the two countries negotiated over steel"),
    ("trade", "Farmers have heard a lot of promises", "Bev Landry", "name",
     "Farmers have heard a lot of promises this year. Everybody running for something comes out to a farm, puts on a "
     "clean pair of boots and tells us how much they care. What we need is a ruling, and we need it before the next "
     "harvest, not five years from now"),
    # corrected after the first run: 'said she hoped it would not come to that' is a report whose content is the
    # whole clause, with the nested 'hoped' (content 'it would not come to that') beside it as PolNeAR has it; the
    # list held the nested content only, and newsmine gives the outer report (no quote of its own for 'hoped')
    ("trade", "would not come to that", "Janet Kessler", "name",
     "it would not come to that || she hoped it would not come to that"),
    # campus: a conservative writer's talk
    ("campus", "would not cancel it", "Margaret Chen", "description", "she would not cancel it"),
    ("campus", "too dangerous to hear", "Margaret Chen", "name",
     'the university "does not and will not decide which ideas are too dangerous to hear."'),
    ("campus", "cruel and wrong", "Margaret Chen", "pronoun",
     "I find much of what Mr. Hardin has written to be cruel and wrong"),
    ("campus", "a locked door", "Margaret Chen", "pronoun",
     "But the answer to speech we hate has never been a locked door"),
    ("campus", "$40,000", WHITMORE, "description",
     "it would spend about $40,000 on extra security for the event, which is scheduled for Tuesday evening"),
    ("campus", "would endanger transgender", "anonymous", "description",
     "the event would endanger transgender and immigrant students whom Hardin has mocked by name at other campuses"),
    ("campus", "This is not about ideas", "Jasmine Ortiz", "name",
     "This is not about ideas. He puts students' photos on a screen and invites his fans to go after them"),
    ("campus", "Who is paying for ours", "Jasmine Ortiz", "name",
     "The university is paying for his security. Who is paying for ours?"),
    ("campus", "3,000 signatures", "Jasmine Ortiz", "name",
     "organizers had collected more than 3,000 signatures on a petition asking the president to cancel the talk"),
    ("campus", "received threats", "Tyler Brooks", "name", "the group had received threats since announcing the event"),
    ("campus", "ask him a hard question", "Tyler Brooks", "name",
     "If you don't like him, come to the talk and ask him a hard question"),
    ("campus", "what a university is for", "Tyler Brooks", "name", "That's what a university is for"),
    ("campus", "19 campuses", "Shawn Pettit", "name",
     'Hardin had spoken on 19 campuses this fall "without a single act of violence from our side."'),
    ("campus", "ticket requests triple", "Shawn Pettit", "name",
     "Every time a university tries to shut us out, ticket requests triple"),
    ("campus", "disagreed with Chen", "Diane Reese", "name", "she disagreed with Chen but respected her reasons"),
    ("campus", "a hard call", "Diane Reese", "name", "She made a hard call, and she made it in public"),
    ("campus", "stood up for the First Amendment", "Paul Kessling", "name",
     'Chen had "stood up for the First Amendment when it wasn\'t easy."'),
    ("campus", "three neighboring towns", "anonymous", "description",
     "the department had asked for help from three neighboring towns"),
    ("campus", "my parents fled", "Samir Haddad", "name",
     "I came here because my parents fled a country where you could go to prison for a newspaper column. I'm not "
     "going to stand here and tell anybody they can't speak. But I'm also not going to sit quietly in the audience "
     "while he makes fun of people like my cousin"),
    ("campus", "walk out halfway through", "Samir Haddad", "name",
     "he planned to attend the talk and walk out halfway through"),
    # boycott: a company leaves over a bathroom law
    ("boycott", "in good conscience", BRIGHTLINE, "name",
     'it could not "in good conscience" ask its employees to move to a state where some of them "would be treated as '
     'second-class citizens."'),
    ("boycott", "We looked hard at this decision", "Naomi Fisk", "name",
     "We looked hard at this decision, and we did not make it lightly"),
    ("boycott", "places that welcome everyone", "Naomi Fisk", "name",
     "But we build products for everyone, and we want to work in places that welcome everyone"),
    ("boycott", "bowing to pressure", "Wade Pruett", "name",
     'the companies were "bowing to pressure from activists" and that the law protected "the privacy and safety of '
     'women and girls."'),
    ("boycott", "a press release", "Wade Pruett", "name",
     "I am not going to trade the safety of our daughters for a press release"),
    ("boycott", "that is its choice", "Wade Pruett", "name",
     "If a company wants to leave over this, that is its choice"),
    ("boycott", "80,000 jobs", "Wade Pruett", "pronoun", "the state had added more than 80,000 jobs since he took office"),
    ("boycott", "defend the law in court", "Laura Bingham", "name",
     'her office would defend the law in court, but that she had "concerns" about how it would be enforced'),
    ("boycott", "check a birth certificate", "Laura Bingham", "pronoun",
     "Nobody has explained to me how a police officer is supposed to check a birth certificate at a restroom door"),
    ("boycott", "violates federal civil rights law", JUSTICE, "name", "the law violates federal civil rights law"),
    ("boycott", "no extension", JUSTICE_SPOKESWOMAN, "description",
     "no extension of the department's Friday deadline had been granted"),
    ("boycott", "walks to the nurse's office", "Monica Sandoval", "name",
     "Riley now walks to the nurse's office, at the other end of the building, every time she needs a restroom"),
    ("boycott", "late to chemistry", "Monica Sandoval", "name",
     "She's late to chemistry every day, and every day her classmates watch her leave"),
    ("boycott", "stopped drinking water", RILEY, "name",
     "she had stopped drinking water at school so she would not have to make the walk"),
    ("boycott", "a normal kid", RILEY, "pronoun", "I just want to be a normal kid"),
    ("boycott", "Is that so much", RILEY, "pronoun", "Is that so much?"),
    ("boycott", "hypocrites", "Roy Dukes", "name",
     'businesses were "hypocrites" who happily operated in countries with far harsher laws'),
    ("boycott", "a factory in Saudi Arabia", "Roy Dukes", "pronoun",
     "They'll build a factory in Saudi Arabia and then lecture Tennessee about rights"),
    ("boycott", "$85 million", CHAMBER, "name",
     "the state had lost at least $85 million in canceled conventions and investment since the law passed"),
    ("boycott", "hearing from members", "Ellen Castro", "name", "We are hearing from members every day who are nervous"),
    ("boycott", "support changing the law", "anonymous", "description",
     "they would support changing the law if the losses continued"),
    ("boycott", "I have run this restaurant", "Ray Dobbins", "name",
     "I have run this restaurant for nineteen years. I have served Democrats and Republicans, gay people and straight "
     "people, and I never asked anybody which bathroom they used. Now I've had two wedding parties cancel because "
     "the families don't want to come to Tennessee"),
    # sailors: ten sailors held overnight by Iran
    ("sailors", "released 10 American sailors", PENTAGON, "name",
     "Iran released 10 American sailors on Wednesday morning, less than a day after its navy seized two small Navy "
     "boats that had drifted into Iranian waters in the Persian Gulf"),
    ("sailors", "in good health", "Daniel Ruiz", "name",
     'The sailors, nine men and one woman, were "in good health" and had been flown to a base in Qatar'),
    ("sailors", "no indication", "Daniel Ruiz", "name",
     "There was no indication that they were harmed during their detention"),
    ("sailors", "talk to each one of them", "Daniel Ruiz", "name", "We are going to talk to each one of them"),
    ("sailors", "mechanical failure", "Daniel Ruiz", "pronoun",
     "one of the boats had a mechanical failure and that the crews had not intended to enter Iranian waters"),
    ("sailors", "five times overnight", "Helen Garvey", "name",
     "she had spoken five times overnight with Iran's foreign minister, Abbas Nouri"),
    ("sailors", "a hostage crisis", "Helen Garvey", "pronoun", "Three years ago, this could have become a hostage crisis"),
    ("sailors", "settled with phone calls", "Helen Garvey", "pronoun", "Today it was settled with phone calls"),
    ("sailors", "we apologize for our mistake", "anonymous", "description",
     "It was a mistake, that's our fault, and we apologize for our mistake"),
    ("sailors", "not hostile", GUARDS, "name",
     'the Americans had been released because their entry was "not hostile."'),
    ("sailors", "humiliating", "Tom Whitfield", "name",
     'the video was "humiliating" and that the administration should have demanded an apology from Tehran'),
    ("sailors", "Our sailors on their knees", "Tom Whitfield", "pronoun",
     "Our sailors on their knees, on Iranian television, and our secretary of state says thank you"),
    ("sailors", "That is surrender", "Tom Whitfield", "pronoun", "That is not diplomacy. That is surrender"),
    ("sailors", "a news alert", "Victor Moreno", "name",
     "he learned of his daughter's capture from a news alert on his phone"),
    ("sailors", "Nobody in this house slept", "Victor Moreno", "name", "I didn't sleep. Nobody in this house slept"),
    ("sailors", "kitchen floor", "Victor Moreno", "name",
     "When the Navy called this morning, my wife sat down on the kitchen floor and cried"),
    ("sailors", "fly to Bahrain", "Rosa Moreno", "name",
     "the family would fly to Bahrain to meet their daughter, Petty Officer Second Class Alicia Moreno, when she "
     "arrived there this week"),
    ("sailors", "We just want to hug her", "Rosa Moreno", "pronoun", "We just want to hug her"),
    ("sailors", "navigation system", "anonymous", "description",
     "the Navy was examining whether the boats' navigation system had been set up incorrectly before they left Kuwait"),
    ("sailors", "briefed throughout the night", "Mark Feeney", "name",
     "the president had been briefed throughout the night"),
    ("sailors", "Ten sailors were in Iranian custody", "Adam Kincaid", "name",
     "Ten sailors were in Iranian custody for sixteen hours, and we got all ten back without a shot fired, without a "
     "ransom and without an apology from us. I'd call that a good night's work. The people complaining about it "
     "would have complained just as loudly if it had taken a month"),
]  # fmt: skip

# Words in quotation marks nobody says.
NOT_QUOTES: list = []

SPEAKER_FAULTS: dict = {}

CONTENT_FAULTS: dict = {
    ("trade", "study the complaint carefully"):
        "'told reporters … that China would \"study the complaint carefully\" before deciding how to respond': the "
        "content stops at the quotation's closing mark (probe53c's '\"focused on the families\" and would meet …': "
        "content_ends proposes the longer content, the content model keeps the shorter)",
}
# Fixed by probe54's rules (tests/test_probe54_rules.py), failing at the first run:
# ("cyber", "a malicious program") 'a private security firm, Ironclad Cyber, … the company said' went to the FBI
# (entities/modified_descriptors.py); ("zika", "4,000 test kits") 'The agency said' after the Centers for Disease
# Control and Prevention was unresolved (antecedents/agency_names.py); ("campus", "would not cancel it") 'the
# university's president said … ¶ The president, Margaret Chen,' went to the writer Blake Hardin
# (speakers/named_in_next_apposition.py); ("sailors", "five times overnight", "a hostage crisis", "settled with
# phone calls") 'Secretary of State Helen Garvey' was an organisation 'State Helen Garvey' and 'she' found no one
# (entities/portfolio_holders.py); ("march", "no arrests had been made", "No justice, no peace") 'by 11 p.m. Marchers
# chanted "No justice, no peace!"' ran on past 'p.m.', one content of both sentences (clock_plural_subjects.py).

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS: list = []

_WRONG_SPEAKER_CAUSES: dict = {}


@pytest.fixture(scope="module")
def probe54_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe54_quote_speaker(probe54_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe54_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe54_quote_content(probe54_records, article, snippet, speaker, mention_class, content):
    assert_content(probe54_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe54_not_the_speaker(probe54_records, article, snippet, wrong):
    assert_not_the_speaker(probe54_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe54_no_quote(probe54_records, article, words):
    assert_no_whole_quote(probe54_records, article, words.rstrip(","))
