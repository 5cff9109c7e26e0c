"""Severity table: one row per real-world paragraph edit, with the level a standards editor gives it.

These rows were written after the classifier was tuned on benchmarks/severity_set.jsonl and are
not part of it, so they also check that the rules carry over to edits the tuning never saw.
"""

import pytest

from revtrack.severity import LEVELS, classify, rank

TABLE = [
    ('changed', 'The hurricane made landfall near Tampa as a Category 3 storm.', 'The hurricane made landfall near Tampa as a Category 4 storm.', 'substantive'),
    ('changed', 'Apple shares closed up 2.3% at $189.50.', 'Apple shares closed up 2.8% at $189.50.', 'substantive'),
    ('changed', 'The suspect, 27, was charged with murder.', 'The suspect, 29, was charged with murder.', 'substantive'),
    ('changed', 'The match ended 2-1 to Arsenal.', 'The match ended 2-2.', 'substantive'),
    ('changed', 'The outbreak has killed 14 people in three provinces.', 'The outbreak has killed 14 people in four provinces.', 'substantive'),
    ('changed', 'The minister will visit Warsaw on Wednesday.', 'The minister will visit Warsaw on Thursday.', 'substantive'),
    ('changed', 'Parliament is due to vote in September.', 'Parliament is due to vote in October.', 'substantive'),
    ('changed', 'The agreement was signed in Riyadh.', 'The agreement was signed in Doha.', 'substantive'),
    ('changed', 'Chief Executive Mary Barra said demand was strong.', 'Chief Financial Officer Paul Jacobson said demand was strong.', 'substantive'),
    ('changed', 'The jury found the former senator guilty of bribery.', 'The jury found the former senator not guilty of bribery.', 'substantive'),
    ('changed', 'The airport will reopen on Friday.', 'The airport will not reopen on Friday.', 'substantive'),
    ('changed', 'Sales rose in the third quarter.', 'Sales fell in the third quarter.', 'substantive'),
    ('changed', 'The measure was approved by the Senate.', 'The measure was blocked by the Senate.', 'substantive'),
    ('changed', 'The rescue team found survivors in the mine.', 'The rescue team found no survivors in the mine.', 'substantive'),
    ('changed', '"We are working around the clock," the mayor said.', '"We are working around the clock to restore power," the mayor said.', 'substantive'),
    ('changed', 'The spokesman called the claims "baseless".', 'The spokesman called the claims "absurd".', 'substantive'),
    ('changed', 'The fire was started deliberately, investigators said.', 'The fire was started deliberately, a neighbour said.', 'substantive'),
    ('changed', 'The bank will be sold to a rival, sources said.', 'The bank will be sold to a rival.', 'substantive'),
    ('changed', 'Prices are expected to rise in the spring.', 'Prices rose in the spring.', 'substantive'),
    ('changed', 'The minister might step down.', 'The minister will step down.', 'substantive'),
    ('changed', 'About 40 people were hurt.', 'At least 40 people were hurt.', 'substantive'),
    ('changed', 'The patient died in hospital.', 'The patient survived.', 'substantive'),
    ('changed', "Ukraine's forces recaptured the village.", "Russia's forces recaptured the village.", 'substantive'),
    ('changed', 'The temperature reached 41 degrees Celsius.', 'The temperature reached 44 degrees Celsius.', 'substantive'),
    ('added', None, 'Local officials said the water supply had been cut to 5,000 homes.', 'substantive'),
    ('added', None, 'The prime minister is due to address the nation later on Monday.', 'substantive'),
    ('removed', 'A spokesperson for the ministry declined to comment.', None, 'substantive'),
    ('removed', 'The strike was the deadliest in the city since March.', None, 'substantive'),
    ('added', None, '(Reporting by Jane Doe in Nairobi; Editing by Bill Berkrot)', 'cosmetic'),
    ('removed', 'Updated 2 hours ago', None, 'cosmetic'),
    ('changed', 'The Senate passed the bill 52-48 .', 'The Senate passed the bill 52-48.', 'cosmetic'),
    ('changed', '‘Never again,’ she wrote.', "'Never again,' she wrote.", 'cosmetic'),
    ('changed', 'The court adjourned until Monday', 'The court adjourned until Monday.', 'cosmetic'),
    ('changed', 'The board, which met on Tuesday approved the plan.', 'The board, which met on Tuesday, approved the plan.', 'cosmetic'),
    ('changed', 'The White house said the talks were useful.', 'The White House said the talks were useful.', 'cosmetic'),
    ('changed', 'The recieving hospital was overwhelmed.', 'The receiving hospital was overwhelmed.', 'cosmetic'),
    ('changed', 'Officials said the bridge was structually sound.', 'Officials said the bridge was structurally sound.', 'cosmetic'),
    ('changed', 'The neighbourhood was evacuated.', 'The neighborhood was evacuated.', 'cosmetic'),
    ('changed', 'Ten people were arrested.', '10 people were arrested.', 'cosmetic'),
    ('changed', 'Turnout was 54 per cent.', 'Turnout was 54%.', 'cosmetic'),
    ('changed', 'Growth slowed to 1.5% — the weakest in a year.', 'Growth slowed to 1.5% -- the weakest in a year.', 'cosmetic'),
    ('changed', 'The army said it it had pulled back.', 'The army said it had pulled back.', 'cosmetic'),
    ('changed', 'The company’s chief executive resigned.', "The company's chief executive resigned.", 'cosmetic'),
    ('changed', "The statement was issued by Kenya's foreign minstry.", "The statement was issued by Kenya's foreign ministry.", 'cosmetic'),
    ('changed', 'The flood forced hundreds of families from their homes.', 'Hundreds of families were forced from their homes by the flood.', 'minor'),
    ('changed', 'The court rejected the appeal on Tuesday.', 'On Tuesday, the court rejected the appeal.', 'minor'),
    ('changed', 'The company said it was committed to the market.', 'The company said it remained committed to the market.', 'minor'),
    ('changed', 'The strike disrupted rail services across the country.', 'The strike disrupted train services nationwide.', 'minor'),
    ('changed', 'Police are searching for the driver.', 'Police are looking for the driver.', 'minor'),
    ('changed', 'The governor praised the response of emergency crews.', 'The governor praised emergency crews for their response.', 'minor'),
    ('changed', 'Negotiators worked late into the night.', 'Negotiators worked until late at night.', 'minor'),
    ('changed', 'The decision was welcomed by human rights groups.', 'Human rights groups welcomed the decision.', 'minor'),
    ('changed', 'The new rules are designed to protect consumers.', 'The new rules aim to protect consumers.', 'minor'),
    ('changed', 'The economy is showing signs of recovery.', 'The economy is showing signs of a recovery.', 'minor'),
    ('changed', 'The ship ran aground in bad weather.', 'The ship ran aground during bad weather.', 'minor'),
    ('changed', 'The minister said the country faced a difficult winter.', 'The country faced a difficult winter, the minister said.', 'minor'),
    ('changed', 'The talks ended without a breakthrough.', 'The talks ended with no breakthrough.', 'minor'),
    ('changed', 'Markets were calm after the announcement.', 'Markets stayed calm following the announcement.', 'minor'),
    ('changed', 'The ceremony was attended by world leaders.', 'World leaders attended the ceremony.', 'minor'),
    ('changed', 'The victims were taken to a nearby hospital.', 'The victims were taken to a local hospital.', 'minor'),
    ('moved', 'The hospital said it had treated 23 people for smoke inhalation.', 'The hospital said it had treated 23 people for smoke inhalation.', 'minor'),
    ('merged', 'The attack was condemned by the UN.\n\nSecurity was tightened in the capital.', 'The attack was condemned by the UN. Security was tightened in the capital.', 'cosmetic'),
    # Added with the content-word rules (a changed noun is a changed fact, a changed verb only across
    # kinds of event); written before they were run: 15 of 16 passed (pardoned -> executed did not).
    ('changed', 'The avalanche buried a ski lift near the resort.', 'The avalanche buried a chalet near the resort.', 'substantive'),
    ('changed', 'The hostages were freed by soldiers.', 'The hostages were freed by the kidnappers.', 'substantive'),
    ('changed', 'The senator was hospitalised after a fall.', 'The senator was hospitalised after a stroke.', 'substantive'),
    ('changed', 'The governor pardoned the prisoner.', 'The governor executed the prisoner.', 'substantive'),
    ('changed', 'The trawler sank in the North Sea.', 'The ferry sank in the North Sea.', 'substantive'),
    ('changed', 'The suspect was charged with arson.', 'The suspect was charged with burglary.', 'substantive'),
    ('changed', 'The virus was detected in chickens.', 'The virus was detected in cattle.', 'substantive'),
    ('changed', 'The troops withdrew from the eastern bank of the river.', 'The troops withdrew from the western bank of the river.', 'substantive'),
    ('changed', 'Rescuers battled strong winds to reach the climbers.', 'Rescuers fought strong winds to reach the climbers.', 'minor'),
    ('changed', 'The council unveiled plans for a new stadium.', 'The council announced plans for a new stadium.', 'minor'),
    ('changed', 'The row over the budget has deepened.', 'The dispute over the budget has deepened.', 'minor'),
    ('changed', 'The company said it was reviewing the incident.', 'The company said it was looking into the incident.', 'minor'),
    ('changed', 'The storm is heading towards the coast.', 'The storm is moving towards the coast.', 'minor'),
    ('changed', 'Fighting has intensified around the city.', 'Fighting around the city has escalated.', 'minor'),
    ('changed', 'The truce was agreed after a ceasefire was brokered.', 'The truce was agreed after a cease-fire was brokered.', 'cosmetic'),
    ('changed', 'Officials have yet to say how many people died.', 'Officials have not yet said how many people died.', 'minor'),
    # Added with the word tables in revtrack/severity_words.py and the rules beside them (one row or more a kind).
    # multi-word paraphrase
    ('changed', 'The new law comes into effect next year.', 'The new law takes effect next year.', 'minor'),
    ('changed', 'The singer cancelled the rest of her tour.', 'The singer called off the rest of her tour.', 'minor'),
    # a general word for a specific one
    ('changed', 'Families queued for food at the border.', 'Families queued for supplies at the border.', 'minor'),
    ('changed', 'The wildfire has burned through dense forest.', 'The blaze has burned through dense forest.', 'minor'),
    # ... but never sideways between two specifics
    ('changed', 'Families queued for food at the border.', 'Families queued for water at the border.', 'substantive'),
    # a source reworded one word for one
    ('changed', 'The firm said it would appeal.', 'The company said it would appeal.', 'minor'),
    # a direction word said by a synonym, or inside a listed phrase
    ('changed', 'The offer was rejected by the board.', 'The board turned down the offer.', 'minor'),
    ('changed', 'The agreement paves the way for more trade.', 'The agreement opens the way for more trade.', 'minor'),
    # an irregular past form found by its base form
    ('changed', 'The economy contracted in the second quarter.', 'The economy shrank in the second quarter.', 'minor'),
    # a gerund after a preposition names an act
    ('changed', 'The driver was accused of speeding.', 'The driver was accused of drinking.', 'substantive'),
    # a manner adverb (or un- predicate) dropped, added or changed
    ('changed', 'The protest ended peacefully.', 'The protest ended violently.', 'substantive'),
    ('changed', 'The hostages were released unharmed.', 'The hostages were released.', 'substantive'),
    ('changed', 'The warehouse was badly damaged in the fire.', 'The warehouse suffered heavy damage in the fire.', 'minor'),
    # before and after swapped
    ('changed', 'The blast happened just before the match.', 'The blast happened just after the match.', 'substantive'),
    # a participant, owner or instrument added with no counterpart
    ('changed', 'Police arrested the driver.', 'Police arrested the driver and a passenger.', 'substantive'),
    ('changed', 'The pilot was killed.', "The pilot's son was killed.", 'substantive'),
    # "day and night" is a duration, not a date
    ('changed', 'Crews are working around the clock.', 'Crews are working day and night.', 'minor'),
    # praise and condemnation turn a reaction round
    ('changed', 'The strike was condemned by the government.', 'The strike was welcomed by the government.', 'substantive'),
    # "unclear" is "not clear"
    ('changed', 'Police said the motive was unclear.', 'Police said the motive was not yet known.', 'minor'),
    ('changed', 'The identity of the gunman is known.', 'The identity of the gunman is unknown.', 'substantive'),
    # an event verb turned into a noun of another kind of event
    ('changed', 'The suspect surrendered to police.', 'The suspect was caught by police.', 'substantive'),
    # a common word opening a sentence is no name; a real name there still is
    ('changed', 'Floods cut off several villages, officials said.', 'Flooding cut off several villages, officials said.', 'minor'),
    ('changed', 'Kyiv has asked for more air defences.', 'It has asked for more air defences.', 'substantive'),
    # units, abbreviated months, spaced thousands and ranges are style
    ('changed', 'The storm brought winds of 120 kilometres per hour on Oct. 3.', 'The storm brought winds of 120 km/h on October 3.', 'cosmetic'),
    ('changed', 'Exports rose to 4.1 bn dollars, up 12 000 tonnes, for ages 18 to 24.', 'Exports rose to 4.1 billion dollars, up 12,000 tonnes, for ages 18-24.', 'cosmetic'),
    ('changed', 'The storm brought winds of 120 kilometres per hour.', 'The storm brought winds of 120 miles per hour.', 'substantive'),
    # a lost space after a comma makes no new word
    ('changed', 'The bridge reopened on Friday, the council said.', 'The bridge reopened on Friday,the council said.', 'cosmetic'),
    # a credit line changed in any way
    ('changed', 'Compiled by Jane Doe; Editing by Bo Chan', 'Compiled by Jane Doe and Lee Ming; Editing by Bo Chan', 'cosmetic'),
    # before/after swapped together with the clauses: the events keep their order
    ('changed', 'The team trained for a week before flying to Doha.', 'The team flew to Doha after training for a week.', 'minor'),
    ('changed', 'Police arrived after the blast.', 'Police arrived before the blast.', 'substantive'),
    # the rest: an aside before the verb, a guess reported, talk about an act, a cause added, a truce broken
    ('changed', 'The report, its second this year, says costs rose.', 'Its second report this year says costs rose.', 'minor'),
    ('changed', 'Shares fell on speculation of a merger.', 'Shares fell on speculation that the firms could merge.', 'minor'),
    ('changed', 'The unions agreed to end the strike.', 'The unions agreed to consider ending the strike.', 'substantive'),
    ('changed', 'The airline grounded its fleet.', 'The airline grounded its fleet over safety concerns.', 'substantive'),
    ('changed', 'The truce held on Sunday.', 'The truce was violated on Sunday.', 'substantive'),
    ('changed', 'Engineers are still trying to find the fault.', 'Engineers have yet to find the fault.', 'minor'),
    # after benchmarks/severity_blind6.jsonl: one row per category of its errors that was fixed
    ('changed', 'The deal is worth 2.4 billion euros.', 'The deal is worth €2.4 billion.', 'cosmetic'),
    ('changed', 'Polls close at 8 p.m. on Sunday.', 'Polls close at 8pm on Sunday.', 'cosmetic'),
    ('changed', "House prices last fell this fast in the 1980's.", 'House prices last fell this fast in the 1980s.', 'cosmetic'),
    ('changed', 'Forty-two miners were brought to the surface.', '42 miners were brought to the surface.', 'cosmetic'),
    ('changed', 'The index closed at 3,214.50 points.', 'The index closed at 3,214.5 points.', 'cosmetic'),
    ('changed', 'The talks were held in Bogota.', 'The talks were held in Bogotá.', 'cosmetic'),
    ('changed', 'The co-ordinator said nine people attended.', 'The coordinator said 9 people attended.', 'cosmetic'),
    ('removed', 'Story continues below advertisement', None, 'cosmetic'),
    ('changed', 'Prices have risen but remain below the peak.', 'Although prices have risen, they remain below the peak.', 'minor'),
    ('changed', "The plan was opposed by teachers' unions.", "Teachers' unions opposed the plan.", 'minor'),
    ('changed', 'The passengers were mostly tourists.', 'Most of the passengers were tourists.', 'minor'),
    ('changed', 'The market was closed on Monday.', 'The market was largely closed on Monday.', 'substantive'),
    ('changed', 'The result lifts the team to third place.', 'The team moved up to third place with the result.', 'minor'),
    ('changed', 'The rover will drill into the rock next week.', 'The rover will try to drill into the rock next week.', 'substantive'),
    ('changed', 'The sale has been approved by regulators.', 'The sale is subject to approval by regulators.', 'substantive'),
    ('changed', 'Police said the crash was caused by a drunk driver.', 'Police said they were examining whether the crash was caused by a drunk driver.', 'substantive'),
    ('changed', 'There was no claim of responsibility for the bombing.', 'No group claimed responsibility for the bombing.', 'minor'),
    ('changed', 'Pilots said they would strike if talks failed.', 'Pilots threatened to strike if talks failed.', 'minor'),
    ('changed', 'The city is betting on tourism to recover.', 'The city is betting heavily on tourism to recover.', 'minor'),
    ('changed', 'The pilot was unhurt, the airline said.', 'The pilot was not injured, the airline said.', 'minor'),
    ('changed', 'The firm is closing three plants.', 'The firm is shutting three plants.', 'minor'),
    ('changed', 'The pound slipped against the dollar.', 'The pound rallied against the dollar.', 'substantive'),
    ('changed', 'Officials responded quickly to the outbreak.', 'Officials were quick to respond to the outbreak.', 'minor'),
    ('changed', 'Workers will walk out on Monday.', 'Workers will stage a walkout on Monday.', 'minor'),
    ('changed', 'The party gained popularity among young voters.', 'The party became popular among young voters.', 'minor'),
    ('changed', 'The minister resigned over the scandal.', 'The minister will resign over the scandal.', 'substantive'),
    ('changed', 'The driver was treated at the scene.', 'The driver was taken to hospital.', 'substantive'),
    ('changed', 'The defender was booked for dissent.', 'The defender was sent off for dissent.', 'substantive'),
    ('changed', 'The embassy advised its citizens to leave.', 'The embassy ordered its citizens to leave.', 'substantive'),
    ('changed', "The airline's troubles deepened in March.", "The airline's problems deepened in March.", 'minor'),
    ('changed', 'The bill faces an uphill battle in the Senate.', 'The bill faces stiff opposition in the Senate.', 'minor'),
    ('changed', 'The board is set to vote on Monday.', 'The board is due to vote on Monday.', 'minor'),
    # a noun swapped in a sentence reworded around it is a paraphrase; swapped in a sentence left alone, a fact
    ('changed', 'Critics hailed the film as a bold portrait of exile.', 'Reviewers praised the film as a daring depiction of exile.', 'minor'),
    ('changed', 'Aid groups struggled to reach families trapped in the valley.', 'Relief agencies had difficulty reaching families stuck in the valley.', 'minor'),
    ('changed', 'The company blamed the delay on a shortage of parts.', 'The company said the delay was caused by a lack of components.', 'minor'),
    ('changed', 'The striker suffered a knee injury in training.', 'The striker suffered an ankle injury in training.', 'substantive'),
    ('changed', 'The protest ended peacefully outside the embassy.', 'The protest ended peacefully outside the consulate.', 'substantive'),    # blind7's categories: style variants, could not, particles, idioms, sources, -less, causatives, a partner added
    ('changed', 'Overnight lows reached minus 12 degrees Celsius in the capital.', 'Overnight lows reached -12C in the capital.', 'cosmetic'),
    ('changed', "The U.K.'s trade office said exports were steady.", "The UK's trade office said exports were steady.", 'cosmetic'),
    ('changed', 'The company said it sold 4,500,000 phones in the quarter.', 'The company said it sold 4.5 million phones in the quarter.', 'cosmetic'),
    ('changed', 'The hearing is set for 12 May.', 'The hearing is set for May 12.', 'cosmetic'),
    ('changed', 'Rescuers could not reach the village because of the floods.', 'Floods left rescuers unable to reach the village.', 'minor'),
    ('changed', 'Gold edged higher in quiet trading.', 'Gold inched up in quiet trading.', 'minor'),
    ('changed', 'The singer rose to fame in the 1980s.', 'The singer shot to fame in the 1980s.', 'minor'),
    ('changed', 'Unions said the company would pass the costs on to workers.', 'Unions said workers would bear the costs.', 'minor'),
    ('changed', 'The plan drew criticism from farmers, who said it would raise costs.', 'Farmers criticised the plan, saying it would raise costs.', 'minor'),
    ('changed', 'The witness showed no remorse.', 'The witness appeared remorseless.', 'minor'),
    ('changed', 'The survey highlighted the gulf between city and countryside.', 'The survey highlighted the divide between city and countryside.', 'minor'),
    ('changed', 'Storms forced the race to be cancelled.', 'The race was cancelled because of storms.', 'minor'),
    ('changed', 'Police said the crowd was calm, though they made two arrests.', 'The crowd was calm, police said, although they made two arrests.', 'minor'),
    ('changed', 'The man was treated for cuts.', 'The man was treated for cuts and burns.', 'substantive'),
    # blind8's categories: style variants and furniture, sources by amount, paraphrase families, events,
    # intensity turned round, stopped acts, all vs some, phrases added; blind7's: time-limited negation,
    # seeming, during, scheduled vs done
    ('changed', 'The video was viewed 2.4m times in a day.', 'The video was viewed 2.4 million times in a day.', 'cosmetic'),
    ('changed', 'The video was viewed 1.5m times in a day.', 'The video was viewed 2.5 million times in a day.', 'substantive'),
    ('changed', '"We didnt see it coming," the owner said.', '"We didn\'t see it coming," the owner said.', 'cosmetic'),
    ('removed', 'Share this story on Facebook, Telegram and LinkedIn', '', 'cosmetic'),
    ('changed', 'Many shoppers said prices had doubled.', 'Several shoppers said prices had doubled.', 'minor'),
    ('changed', 'Several shoppers said prices had doubled.', 'Several economists said prices had doubled.', 'substantive'),
    ('changed', 'The reform met fierce resistance from teachers.', 'The reform met strong opposition from teachers.', 'minor'),
    ('changed', 'The ship will now head for the nearest port.', 'The ship will now make its way to the nearest port.', 'minor'),
    ('changed', 'Doctors warned that the situation at the hospital was deteriorating.', 'Doctors warned that conditions at the hospital were getting worse.', 'minor'),
    ('changed', 'The island is heavily reliant on fishing.', 'The island depends heavily on fishing.', 'minor'),
    ('changed', 'Investors were jittery before the rate decision.', 'Investors were nervous before the rate decision.', 'minor'),
    ('changed', 'The river burst its banks after the storm.', 'The river overflowed its banks after the storm.', 'minor'),
    ('changed', 'Rebels entered the city at dawn.', 'Rebels surrounded the city at dawn.', 'substantive'),
    ('changed', 'The levee burst after a week of rain.', 'The levee overflowed after a week of rain.', 'substantive'),
    ('changed', 'The fighting is expected to ease in the coming days.', 'The fighting is expected to intensify in the coming days.', 'substantive'),
    ('changed', 'Tensions eased after the talks.', 'Tensions calmed after the talks.', 'minor'),
    ('changed', 'Officials said the aid trucks had crossed the border.', 'Officials said the aid trucks were turned back before they crossed the border.', 'substantive'),
    ('changed', 'Power was restored in some districts overnight.', 'Power was restored in all districts overnight.', 'substantive'),
    ('changed', 'The mayor announced the closures.', 'The mayor announced the closures at a late-night news conference.', 'substantive'),
    ('changed', 'The mayor announced the closures in a statement.', 'The mayor announced the closures.', 'minor'),
    ('changed', 'Residents were evacuated from their homes before dawn.', 'Residents were evacuated before dawn.', 'minor'),
    ('changed', 'The bank said it had no immediate plans to cut jobs.', 'The bank said it had no plans to cut jobs.', 'substantive'),
    ('changed', 'It was not immediately clear who fired first.', 'It was unclear who fired first.', 'minor'),
    ('changed', 'The talks stalled over the border issue.', 'The talks appeared to stall over the border issue.', 'substantive'),
    ('changed', 'The roof caved in during the concert.', 'The roof caved in shortly after the concert.', 'substantive'),
    ('changed', 'The president is scheduled to visit the flooded towns on Friday.', 'The president visited the flooded towns on Friday.', 'substantive'),
    ('changed', 'The union will strike next week.', 'The union will strike next week unless the company raises its offer.', 'substantive'),
    # blind9's categories: style variants (minus sign, :00, number words before a scale, 100m, a misspelt number word)
    ('changed', 'The central bank kept its rate at minus 0.5%.', 'The central bank kept its rate at -0.5%.', 'cosmetic'),
    ('changed', 'The central bank kept its rate at 0.5%.', 'The central bank kept its rate at -0.5%.', 'substantive'),
    ('changed', 'Polls close at 8:00 p.m. on Sunday.', 'Polls close at 8 p.m. on Sunday.', 'cosmetic'),
    ('changed', 'Polls close at 8:30 p.m. on Sunday.', 'Polls close at 8 p.m. on Sunday.', 'substantive'),
    ('changed', 'The fund will hold seven billion dollars.', 'The fund will hold $7 billion.', 'cosmetic'),
    ('changed', 'He set a record in the 400 metres hurdles.', 'He set a record in the 400m hurdles.', 'cosmetic'),
    ('changed', 'The match lasted ninty minutes.', 'The match lasted ninety minutes.', 'cosmetic'),
    ('changed', 'The race was held for the fifty time.', 'The race was held for the fifth time.', 'substantive'),
    # a verb of winning or raising that means "received" or "said"; losing an amount is a fall; opinion verbs
    ('changed', 'The film was widely praised by critics.', 'The film won widespread acclaim from critics.', 'minor'),
    ('changed', 'Residents expressed worries about the new road.', 'Residents raised concerns about the new road.', 'minor'),
    ('changed', 'The storm weakened over land.', 'The storm lost strength over land.', 'minor'),
    ('changed', 'The storm strengthened over land.', 'The storm lost strength over land.', 'substantive'),
    ('changed', 'The singer became hugely popular in Asia.', 'The singer gained enormous popularity in Asia.', 'minor'),
    ('changed', 'Exports were higher than a year earlier, the ministry said.', 'The ministry said exports exceeded those of a year earlier.', 'minor'),
    ('changed', 'Analysts believe the merger will go ahead.', 'Analysts think the merger will go ahead.', 'minor'),
    ('changed', 'Analysts say the merger will go ahead.', 'Analysts think the merger will go ahead.', 'substantive'),
    # a qualifier added to a claim changes it
    ('changed', 'The plant reopened in May.', 'The plant reopened in May later than planned.', 'substantive'),
    ('changed', 'The two sides agreed to a truce.', 'The two sides agreed in principle to a truce.', 'substantive'),
    ('changed', 'The road is open to traffic.', 'The road is open to traffic once cleared.', 'substantive'),
    ('changed', 'Investors remained cautious before the vote.', 'Investors stayed wary before the vote.', 'minor'),
    # blind10's categories: style variants (initialisms with or without dots, street abbreviations)
    ('changed', 'The U.S. and the U.K. signed the accord.', 'The US and the UK signed the accord.', 'cosmetic'),
    ('changed', 'Protesters gathered on Fifth Ave near the tower.', 'Protesters gathered on Fifth Avenue near the tower.', 'cosmetic'),
    ('changed', 'Pilgrims flocked to St Peter\'s Square.', 'Pilgrims flocked to Red Square.', 'substantive'),
    # events: what was done to a thing (taken vs harmed, bought vs borrowed, leaked vs published, entered vs forced)
    ('changed', 'Thieves stole two paintings from the chapel.', 'Vandals damaged two paintings in the chapel.', 'substantive'),
    ('changed', 'The library bought the manuscript from the family.', 'The library was lent the manuscript by the family.', 'substantive'),
    ('changed', 'The memo was leaked to reporters.', 'The memo was released to reporters.', 'substantive'),
    ('changed', 'Police entered the flat through a window.', 'Police forced their way into the flat through a window.', 'substantive'),
    ('changed', 'The flood water has reached the old town.', 'The flood water is approaching the old town.', 'substantive'),
    ('changed', 'The board will consider the offer.', 'The board will adopt the offer.', 'substantive'),
    ('changed', 'The city lifted the curfew.', 'The city eased the curfew.', 'substantive'),
    ('changed', 'The city eased the curfew.', 'The city relaxed the curfew.', 'minor'),
    # a measure of the accounts swapped; the market closing flat against a rise
    ('changed', 'The bank posted a net profit of $3 billion.', 'The bank posted a pre-tax profit of $3 billion.', 'substantive'),
    ('changed', 'The bank posted a net profit of $3 billion.', 'The bank posted a profit of $3 billion.', 'minor'),
    ('changed', 'The Nikkei closed higher, helped by exporters.', 'The Nikkei closed flat, as gains in exporters offset losses.', 'substantive'),
    ('changed', 'The central bank left rates unchanged.', 'The central bank kept rates on hold.', 'minor'),
    # a second place joined to the first
    ('changed', 'The virus was found on pig farms in two counties.', 'The virus was found on pig farms and in a zoo in two counties.', 'substantive'),
    # paraphrase families (rewording, no new fact)
    ('changed', 'Critics say the bill gives ministers broad powers.', 'Critics argue the bill hands ministers broad powers.', 'minor'),
    ('changed', 'The outcome of the vote is uncertain.', 'The outcome of the vote is unclear.', 'minor'),
    ('changed', 'A tax cut remains on the table.', 'A tax cut remains an option.', 'minor'),
    ('changed', 'The envoy shuttled between the capitals.', 'The envoy went back and forth between the capitals.', 'minor'),
    ('changed', 'The scheme faces stiff resistance from farmers.', 'Farmers strongly oppose the scheme.', 'minor'),
    ('changed', 'The allies pledged to deepen ties.', 'The allies vowed to strengthen ties.', 'minor'),
    ('changed', 'Stocks ended modestly higher.', 'Stocks ended slightly higher.', 'minor'),
    ('changed', 'The council was accused of dragging its feet.', 'The council was accused of stalling.', 'minor'),
    ('changed', 'The striker, who came through the youth ranks, retired.', 'The striker, who rose through the youth ranks, retired.', 'minor'),
    ('changed', 'The index rose through 5,000 points.', 'The index fell through 5,000 points.', 'substantive'),
    # blind11's categories: the 24-hour clock before a time zone is style; a figure before a zone is not
    ('changed', 'The vote closes at 9:30 p.m. GMT.', 'The vote closes at 2130 GMT.', 'cosmetic'),
    ('changed', 'The vote closes at 3 p.m. GMT.', 'The vote closes at 1600 GMT.', 'substantive'),
    # a negation word inside an idiom that asserts; a real negation beside it still counts
    ('changed', 'Ministers must act without delay, she said.', 'Ministers must act immediately, she said.', 'minor'),
    ('changed', 'The deal was signed without a vote.', 'The deal was signed after a vote.', 'substantive'),
    # an attempt said by "looking to"; an attempt to reassure is made of words said
    ('changed', 'The airline is trying to raise fares.', 'The airline is looking to raise fares.', 'minor'),
    ('changed', 'The airline raised fares.', 'The airline is looking to raise fares.', 'substantive'),
    ('changed', 'The minister played down concerns about the bank.', 'The minister sought to allay concerns about the bank.', 'minor'),
    # a mark reached against one neared; "only" some against all
    ('changed', 'Gold settled at a record high.', 'Gold settled near a record high.', 'substantive'),
    ('changed', 'The grant is open only to small farms.', 'The grant is open to all farms.', 'substantive'),
    # staying against leaving; perceiving against harm; prevention against harm; a danger against done
    ('changed', 'The coach will stay on next season.', 'The coach will resign next season.', 'substantive'),
    ('changed', 'The suspect remained in custody.', 'The suspect was released.', 'substantive'),
    ('changed', 'The blast was felt across the city.', 'The blast damaged buildings across the city.', 'substantive'),
    ('changed', 'The tremor was felt in the capital.', 'The tremor could be felt in the capital.', 'minor'),
    ('changed', 'The port was closed as a precaution.', 'The port was closed after it was bombed.', 'substantive'),
    ('changed', 'The levee was at risk of breaching.', 'The levee had breached.', 'substantive'),
    ('changed', 'Flights were suspended at the airport.', 'Flights resumed at the airport.', 'substantive'),
    ('changed', 'The old mill collapsed after the storm.', 'The old mill gave way after the storm.', 'minor'),
    # paraphrase families (rewording, no new fact)
    ('changed', 'The clinic faced an influx of refugees.', 'The clinic faced a surge of refugees.', 'minor'),
    ('changed', 'The coach brushed aside questions about his future.', 'The coach dismissed questions about his future.', 'minor'),
    ('changed', 'The ruling caught investors off guard.', 'The ruling took investors by surprise.', 'minor'),
    ('changed', 'Relief agencies appealed for funds, the report said.', 'Relief organisations appealed for funds, the report said.', 'minor'),
    ('changed', 'Economists are sceptical of the forecast.', 'Economists are distrustful of the forecast.', 'minor'),
    ('changed', 'The report painted a bleak picture of the economy.', 'The report gave a grim assessment of the economy.', 'minor'),
    # blind12 categories: furniture glued to a paragraph, a byline, compass points, a weekday's possessive,
    # "ruled out" as a no, "one of the largest", belief verbs, purpose vs attempt, paraphrase families
    ('changed', 'Police closed the bridge on Sunday.', 'Police closed the bridge on Sunday. (Reporting by Ana Ruiz; Editing by Tom Bell)', 'cosmetic'),
    ('changed', 'The vote was delayed again, the speaker said. Click here to read more.', 'The vote was delayed again, the speaker said.', 'cosmetic'),
    ('changed', 'Police closed the bridge on Sunday. (Reporting by Ana Ruiz)', 'Police closed the bridge on Monday.', 'substantive'),
    ('removed', 'By Ana Ruiz and Tom Bell', None, 'cosmetic'),
    ('removed', 'By Monday the river had burst its banks.', None, 'substantive'),
    ('changed', 'The convoy headed southwest towards the port.', 'The convoy headed southeast towards the port.', 'substantive'),
    ('changed', 'Crowds lined the route for the parade on Sunday.', "Crowds lined the route for Sunday's parade.", 'minor'),
    ('changed', 'The bank plans to cut its rates in June.', 'The bank has ruled out cutting its rates in June.', 'substantive'),
    ('changed', 'It was the biggest protest in the city in years.', 'It was one of the biggest protests in the city in years.', 'substantive'),
    ('changed', 'The strike was one of the largest this year.', 'The strike was among the largest this year.', 'minor'),
    ('changed', 'The blast is believed to have been caused by a gas leak.', 'The blast is thought to have been caused by a gas leak.', 'minor'),
    ('changed', 'The visit is aimed at easing tensions between the neighbours.', 'The visit seeks to ease tensions between the neighbours.', 'minor'),
    ('changed', 'The envoy eased tensions between the neighbours.', 'The envoy sought to ease tensions between the neighbours.', 'substantive'),
    ('changed', 'The yen weakened against the dollar.', 'The yen softened against the dollar.', 'minor'),
    ('changed', 'The yen softened against the dollar.', 'The yen firmed against the dollar.', 'substantive'),
    ('changed', 'Floods forced the closure of the main road.', 'The main road was closed because of floods.', 'minor'),
    ('changed', 'Floods forced the closure of the main road.', 'The main road reopened after the floods.', 'substantive'),
    ('changed', 'Villages were cut off by the snow.', 'Villages were isolated by the snow.', 'minor'),
    ('changed', 'The council handed out sandbags to residents.', 'The council distributed sandbags to residents.', 'minor'),
    ('changed', 'The mayor dismissed the claims as baseless and said he had done nothing wrong.', 'The mayor rejected the claims as unfounded and said he had done nothing wrong.', 'minor'),
    ('changed', 'The trucks were held up at the border.', 'The trucks were delayed at the border.', 'minor'),
    ('changed', 'The stadium will reopen after a long renovation.', 'The stadium will reopen after a long refurbishment.', 'minor'),
    ('changed', 'The reform faces an uncertain future in parliament.', 'The fate of the reform in parliament is uncertain.', 'minor'),
    ('changed', 'The clinic is running short of insulin.', 'The clinic is running low on insulin.', 'minor'),
    # third session: rules from the blind14-16 categories
    ('changed', 'The regulator fined the bank 40 million euros.', 'The regulator fined the bank 40 million dollars.', 'substantive'),
    ('changed', 'The regulator fined the bank 40 million euros.', 'The regulator fined the bank \u20ac40 million.', 'cosmetic'),
    ('changed', 'The line will close by the end of next year.', 'The line will close by the end of this year.', 'substantive'),
    ('changed', 'Sales beat last year\'s total.', 'Sales beat the previous year\'s total.', 'minor'),
    ('changed', 'Shops were allowed to reopen on Monday.', 'Some shops were allowed to reopen on Monday.', 'substantive'),
    ('changed', 'Heating was restored to most flats by noon.', 'Heating was restored to all flats by noon.', 'substantive'),
    ('changed', 'Hail flattened crops in the west.', 'Hail flattened crops in the north-west.', 'substantive'),
    ('changed', 'Hail flattened crops in the western region.', 'Hail flattened crops in the west of the region.', 'minor'),
    ('changed', 'Two guards were hurt in the raid.', 'Two guards were hurt in the raid, the ministry said.', 'substantive'),
    # style variants of figures, dates and times (blind13-16)
    ('changed', 'The vote is on 5th June.', 'The vote is on June 5.', 'cosmetic'),
    ('changed', 'The vote is on June 5th.', 'The vote is on 5 June.', 'cosmetic'),
    ('changed', 'The blast came at 9.15pm.', 'The blast came at 9:15 p.m.', 'cosmetic'),
    ('changed', 'Kick-off is at 20:00 local time.', 'Kick-off is at 8 p.m. local time.', 'cosmetic'),
    ('changed', 'Kick-off is at 20:00 local time.', 'Kick-off is at 9 p.m. local time.', 'substantive'),
    ('changed', 'The show drew forty-two thousand fans.', 'The show drew 42,000 fans.', 'cosmetic'),
    ('changed', 'Sales rose 4% in Q2.', 'Sales rose 4% in the second quarter.', 'cosmetic'),
    ('changed', 'Sales rose 4% in Q2.', 'Sales rose 4% in the third quarter.', 'substantive'),
    ('changed', 'The fine was 80.000 euros.', 'The fine was 80,000 euros.', 'cosmetic'),
    ('changed', 'Updated 5 minutes ago Rescuers reached the village.', 'Rescuers reached the village.', 'cosmetic'),
    # one direction said two ways; a market's close is no closure
    ('changed', 'Violence has escalated in the north.', 'Violence has risen in the north.', 'minor'),
    ('changed', 'Shares in Asia ended the session lower.', 'Shares in Asia closed lower.', 'minor'),
    ('changed', 'The storm is expected to strenghten overnight.', 'The storm is expected to strengthen overnight.', 'cosmetic'),
    ('changed', 'Exports increased in May.', 'Exports decreased in May.', 'substantive'),
    # hedges of one kind, however worded
    ('changed', 'Frost is forecast to hit the south.', 'Frost is expected to hit the south.', 'minor'),
    ('changed', 'The board is weighing a sale.', 'The board is considering a sale.', 'minor'),
    ('changed', 'The family said they would appeal.', 'The family said they were considering an appeal.', 'substantive'),
    ('changed', 'Police said the fire did not appear to be suspicious.', 'Police said there was no indication the fire was suspicious.', 'minor'),
    ('changed', 'The firm said no files were stolen.', 'The firm said it found no evidence that files were stolen.', 'substantive'),
    ('changed', 'The city wants to attract tourists.', 'The city is seeking to draw tourists.', 'minor'),
    ('changed', 'Doctors said the scan was clear, although more tests were needed.', 'Doctors said the scan was clear. However, more tests were needed.', 'minor'),
    # blind17-20 categories: figures said as words, a sentence rewritten throughout, details put in
    ('changed', 'The band played to a crowd of thirty thousand.', 'The band played to a crowd of 30,000.', 'cosmetic'),
    ('changed', 'It was her first album in a decade.', 'It was her first album in 10 years.', 'cosmetic'),
    ('changed', 'He was the 12th person to climb it.', 'He was the twelfth person to climb it.', 'cosmetic'),
    ('changed', 'Turnout was 41 000; police said 12 000.', 'Turnout was 41,000; police said 12,000.', 'cosmetic'),
    ('changed', 'The cost has risen by a third.', 'The cost has risen by one-third.', 'cosmetic'),
    ('changed', 'The 5,000m race starts at noon.', 'The 5000m race starts at noon.', 'cosmetic'),
    ('changed', 'Two climbers were rescued. They were flown to hospital.', 'Two climbers were rescued. Both were flown to hospital.', 'minor'),
    ('changed', 'She won in straight sets.', 'She won in three sets.', 'substantive'),
    ('changed', 'Divers resumed the search at first light.', 'The search by divers resumed at dawn.', 'minor'),
    ('changed', 'The first of the tanks will arrive in May.', 'The tanks will arrive in May.', 'substantive'),
    ('changed', 'The home side dominated possession but could not turn it into goals.', "The hosts enjoyed the lion's share of possession but failed to convert it into goals.", 'minor'),
    ('changed', 'The bank expects profit to rise this year as new branches open.', 'The bank expects profit to fall this year despite new branches opening.', 'substantive'),
    ('changed', 'Floods cut off two villages.', 'Floods cut off two villages and washed away a road.', 'substantive'),
    ('changed', 'The council will hold a hearing on the plan.', 'The council will hold a public hearing on the plan.', 'substantive'),
    ('changed', 'An amber warning for wind is in place.', 'A red warning for wind is in place.', 'substantive'),
    ('changed', 'The driver was provisionally banned.', 'The driver was banned.', 'substantive'),
    ('changed', 'Medics reached every village in the valley.', 'Medics reached most villages in the valley.', 'substantive'),
    ('changed', 'The rules apply at a time when lenders are struggling.', 'The rules apply when lenders are struggling.', 'minor'),
    ('changed', 'Demand from China slowed.', 'Chinese demand slowed.', 'minor'),
    ('changed', 'She toured Asia last year.', 'She went on an Asian tour last year.', 'minor'),
    ('changed', 'Demand from China slowed.', 'Demand from Japan slowed.', 'substantive'),
    ('changed', 'The striker has been ruled out for a month.', 'An injury has ruled the striker out for a month.', 'minor'),
    ('changed', 'Shoppers were told to avoid unnecessary trips.', 'Shoppers were told to avoid non-essential trips.', 'minor'),
    ('changed', 'The record stands at 2:01:09.', 'The record stands at 2hr 01min 09sec.', 'cosmetic'),
    ('changed', 'The pill is taken once a day.', 'The pill is taken once daily.', 'minor'),
    ('changed', 'The pill is taken once a day.', 'The pill is taken once a week.', 'substantive'),
    ('changed', 'The council voted in favour of the plan.', 'The council backed the plan.', 'minor'),
    ('changed', 'The council voted for the plan.', 'The council abstained on the plan.', 'substantive'),
    ('changed', 'The council voted to delay the plan.', 'The council voted against delaying the plan.', 'substantive'),
    ('removed', 'Advertisement \u00b7 Scroll to continue', '', 'cosmetic'),
    # blind21-22 categories: one word changed and nothing else, credits, apposition
    ('changed', 'The coastguard seized the tanker.', 'The coastguard boarded the tanker.', 'substantive'),
    ('changed', 'The army plans to buy six helicopters.', 'The army plans to lease six helicopters.', 'substantive'),
    ('changed', 'Police cordoned off the square.', 'Police sealed off the square.', 'minor'),
    ('changed', 'The firm discovered the flaw in May.', 'The firm found the flaw in May.', 'minor'),
    ('removed', 'Photo: Reuters/Ann Lee', '', 'cosmetic'),
    ('changed', 'The dam was opened on Monday. (Photo: Water Board)', 'The dam was opened on Monday.', 'cosmetic'),
    ('changed', "The bank's chief executive, Jane Fraser, said the outlook was uncertain.",
     "Jane Fraser, the bank's chief executive, said the outlook was uncertain.", 'minor'),
    ('changed', 'The mayor, speaking in Leeds, said the council would not borrow.',
     'Speaking in Leeds, the mayor said the council would not borrow.', 'minor'),
    ('changed', 'The clinic will stop taking new patients.', 'The clinic will no longer accept new patients.', 'minor'),
    ('changed', 'The road reopened after midday.', 'The road reopened after noon.', 'minor'),
    # blind23-24 categories
    ('changed', 'The storm hit Tulsa, Oklahama, at dusk.', 'The storm hit Tulsa, Oklahoma, at dusk.', 'cosmetic'),
    ('changed', 'Talks were held in Iran.', 'Talks were held in Iraq.', 'substantive'),
    ('removed', 'FILE PHOTO: Traders work on the floor of the exchange in New York, March 20, 2024. REUTERS/Ann Lee/File Photo', '', 'cosmetic'),
    ('changed', 'The fee was 85 million euros.', 'The fee was 85m euros.', 'cosmetic'),
    ('changed', 'Power traded at EUR 92 a megawatt hour.', 'Power traded at 92 euros a megawatt hour.', 'cosmetic'),
    ('changed', 'The bank cut rates by a quarter of a percentage point.', 'The bank cut rates by 0.25 percentage point.', 'cosmetic'),
    ('changed', 'They chased him for most of the summer.', 'They chased him for much of the summer.', 'minor'),
    ('changed', 'She had been tipped as a favourite.', 'She had been seen as a favourite.', 'minor'),
    ('changed', 'The party dismissed the protests as a plot.', 'The party cast the protests as a plot.', 'minor'),
    ('changed', 'He has not lost a match since March.', 'He has been unbeaten since March.', 'minor'),
    ('changed', 'The firm said it was cooperating fully with the inquiry.', 'The firm said it was giving the inquiry its full cooperation.', 'minor'),
    ('changed', 'Shares have lost about a third of their value.', 'Shares have lost more than a third of their value.', 'substantive'),
    ('changed', 'The truce took effect at dawn.', 'The truce was due to take effect at dawn.', 'substantive'),
    ('changed', 'The two sides agreed to restore ties.', 'The two sides agreed to begin talks on restoring ties.', 'substantive'),
    ('changed', 'The court struck down the law.', 'The court upheld the law.', 'substantive'),
    ('changed', 'Snow is expected in the hills.', 'Snow and freezing rain are expected in the hills and along the coast.', 'substantive'),
    # blind25-26 categories
    ('changed', 'About 1,50,000 people were affected.', 'About 150,000 people were affected.', 'cosmetic'),
    ('changed', 'The deficit for 2023-24 was a record.', 'The deficit for 2023/24 was a record.', 'cosmetic'),
    ('changed', 'It will invest $US2 billion.', 'It will invest US$2 billion.', 'cosmetic'),
    ('changed', 'The Phase 3 results were published.', 'The Phase III results were published.', 'cosmetic'),
    ('changed', 'Profit rose 10 fold.', 'Profit rose tenfold.', 'cosmetic'),
    ('changed', 'She will face the world number one.', 'She will face the world No. 1.', 'cosmetic'),
    ('added', '', 'Follow our live coverage of the election here.', 'cosmetic'),
    ('added', '', 'Sign up here for our weekly energy briefing.', 'cosmetic'),
    ('changed', 'He declined to say when it would reopen.', 'He would not say when it would reopen.', 'minor'),
    ('changed', 'The launch had not gone as smoothly as hoped.', 'The launch had been less smooth than hoped.', 'minor'),
    ('changed', 'The remarks drew a rebuke from Beijing.', 'Beijing rebuked the envoy over the remarks.', 'minor'),
    ('changed', 'The trial was stopped early because the drug was working.', 'The trial was stopped early because the drug was not working.', 'substantive'),
    ('changed', 'Models must be tested before release.', 'Models must be tested before and after release.', 'substantive'),
    ('changed', 'The chief praised the volunteers.', 'The chief paid tribute to the volunteers.', 'minor'),
    ('changed', 'The board had been aware of the fault.', 'The board should have been aware of the fault.', 'substantive'),
    ('changed', 'Polls suggest the plan is popular.', 'Polls show the plan is popular.', 'substantive'),
    ('changed', 'The bank signalled it was in no hurry.', 'The bank indicated it was in no hurry.', 'minor'),
    ('changed', 'The regulator capped bills.', 'The regulator proposed capping bills.', 'substantive'),
    ('changed', 'It will move part of its fleet.', 'It will move some of its fleet.', 'minor'),
    # blind27-28 categories
    ('changed', 'Costs have nearly doubled since May.', 'Costs have more than doubled since May.', 'substantive'),
    ('changed', 'The captain will miss the final.', 'The captain is doubtful for the final.', 'substantive'),
    ('changed', 'The fossil belonged to a new species.', 'The fossil likely belonged to a new species.', 'substantive'),
    ('changed', 'The two sides agreed to restore ties.', 'The two sides agreed to work towards restoring ties.', 'substantive'),
    ('changed', 'It will sell shares rather than raise new capital.', 'It will raise new capital rather than sell shares.', 'substantive'),
    ('changed', 'The agency cut its unsecured debt rating.', 'The agency cut its secured debt rating.', 'substantive'),
    ('changed', 'The network had not failed.', 'The network had also failed.', 'substantive'),
    # blind29-31 categories
    ('changed', 'The storm wrecked a school and two shops.', 'The storm wrecked a school, two shops and a clinic.', 'substantive'),
    ('changed', 'The firm will launch the app next week.', 'The firm hopes to launch the app next week.', 'substantive'),
    ('changed', 'The rules will be brought in gradually.', 'The rules will be brought in immediately.', 'substantive'),
    ('changed', 'The deal values it at $2 billion including debt.', 'The deal values it at $2 billion excluding debt.', 'substantive'),
    ('changed', 'Sales have been steadily falling.', 'Sales have been gradually falling.', 'minor'),
    ('changed', 'Officials warned the storm could last into next week.', 'Officials warned the storm might last into next week.', 'minor'),
    ('changed', 'The ruling is likely to be appealed.', 'The ruling will probably be appealed.', 'minor'),
    ('changed', 'Updated 3 minutes ago', 'Updated 41 minutes ago', 'cosmetic'),
    ('changed', 'The race was won in 2:04:11.', 'The race was won in 2 hours 4 minutes 11 seconds.', 'cosmetic'),
    ('changed', 'The search covers 2,500 square kilometres.', 'The search covers 2,500 sq km.', 'cosmetic'),
    ('changed', 'Preliminary results showed the party ahead.', 'Results showed the party ahead.', 'substantive'),
    ('changed', 'Subject to approval, the deal will close in May.', 'The deal will close in May, pending approval.', 'minor'),
    ('changed', 'The team spent three summers on the island.', 'Over three summers, the team worked on the island.', 'minor'),
    ('changed', 'It is the first visit in more than a decade.', 'It is the first visit in over a decade.', 'minor'),
    ('changed', 'It remains unclear when the road will reopen.', 'It is still not clear when the road will reopen.', 'minor'),
    ('changed', 'Shares of the miner rose after it announced the deal.', 'Shares of the miner climbed after it announced the deal.', 'minor'),
    # blind32-34 categories
    ('changed', 'Gold hit a record high.', 'Gold neared a record high.', 'substantive'),
    ('changed', 'The index closed at a record high.', 'The index closed just below its record high.', 'substantive'),
    ('changed', 'Crowds chanted slogans against the government.', 'Crowds chanted slogans in support of the government.', 'substantive'),
    # blind38-40 categories
    ('changed', 'The camp shelters half a million people.', 'The camp shelters 500,000 people.', 'cosmetic'),
    ('removed', '\u00a9 2024 Newswire Ltd. All rights reserved.', '', 'cosmetic'),
    ('changed', 'The city will do everything in its power to help.', 'The city will do all it could to help.', 'minor'),
    ('changed', 'She leaves a husband and two sons.', 'She is survived by her husband and two sons.', 'minor'),
    ('changed', 'Investors have grown wary of the sector.', 'Investors have become cautious about the sector.', 'minor'),
    ('changed', 'Turnout was low, in part because of the rain.', 'Turnout was low, partly owing to the rain.', 'minor'),
    ('changed', 'Moscow did not immediately comment.', 'Moscow did not immediately respond to a request for comment.', 'minor'),
    # blind41-43 categories
    ('changed', 'The bank set aside more money.', 'The bank set aside less money.', 'substantive'),
    ('changed', 'Observers reported scattered irregularities.', 'Observers reported widespread irregularities.', 'substantive'),
    ('changed', 'He was charged with attempted murder.', 'He was charged with murder.', 'substantive'),
    ('changed', 'The findings need to be confirmed in larger studies.', 'The findings have been confirmed in larger studies.', 'substantive'),
    ('changed', 'The merger still needs approval.', 'The merger has won approval.', 'substantive'),
    ('changed', 'He expected the striker to be fit.', 'He hoped the striker would be fit.', 'substantive'),
    ('changed', 'The bank set aside money for potential losses.', 'The bank set aside money for possible losses.', 'minor'),
    ('changed', 'The senator criticised the plan as poorly thought out.', 'The senator criticised the plan as ill-conceived.', 'minor'),
    ('changed', 'He scored twice in the second half to seal the win.', 'He netted twice after the break to clinch the win.', 'minor'),
    ('changed', 'The storm cut power, and residents queued for fuel.', 'The storm cut power. As a result, residents queued for fuel.', 'minor'),
    ('changed', 'The album was recorded over the course of two years.', 'The album was recorded over two years.', 'minor'),
    ('changed', 'Parliament passed the bill by 214 votes to 190.', 'Parliament approved the bill by 214 votes to 190.', 'minor'),
    ('changed', 'The jury found him guilty of fraud.', 'The jury convicted him of fraud.', 'minor'),
    # blind44-46 categories
    ('changed', 'Officials confirmed the strike would go ahead on Monday.', 'Officials said the strike was likely to go ahead, probably on Monday.', 'substantive'),
    ('changed', 'The company shipped 1250000 units.', 'The company shipped 1,250,000 units.', 'cosmetic'),
    ('changed', 'The race was won in 2 hours, 4 minutes and 11 seconds.', 'The race was won in 2:04:11.', 'cosmetic'),
    ('changed', 'The heat poses a particular danger to the elderly.', 'The heat is especially dangerous for the elderly.', 'minor'),
    ('changed', 'The strikes caused widespread disruption to trains.', 'The strikes badly disrupted trains.', 'minor'),
    ('changed', 'Shares have lost a third of their value.', 'Shares have shed a third of their value.', 'minor'),
    ('changed', 'The firm is cutting jobs.', 'The firm is shedding jobs.', 'minor'),
    ('changed', 'The findings shed new light on the disease.', 'The findings offer fresh insight into the disease.', 'minor'),
    ('changed', 'Supporters of the plan say it will help.', 'Backers of the plan argue it will help.', 'minor'),
    # blind47-49 categories
    ('changed', 'The stadium holds two hundred and fifty people.', 'The stadium holds 250 people.', 'cosmetic'),
    ('changed', 'The factory employs nine hundred staff.', 'The factory employs 900 staff.', 'cosmetic'),
    ('changed', 'She ran it in three hours, two minutes and nine seconds.', 'She ran it in 3:02:09.', 'cosmetic'),
    ('changed', 'The fine could reach up to $5 million.', 'The fine could reach as much as $5 million.', 'minor'),
    ('changed', 'The storm felled several trees.', 'The storm felled a number of trees.', 'minor'),
    ('changed', 'Ministers face a spate of resignations.', 'Ministers face a flurry of resignations.', 'minor'),
    ('changed', 'Traders are worried that prices could fall further.', 'Traders fear prices could fall further.', 'minor'),
    ('changed', 'The firm said sales were in line with its forecast.', "The firm said sales were in line with it's forecast.", 'cosmetic'),
    ('changed', 'The league will introduce the rule next season.', 'The league introduced the rule next season.', 'substantive'),
    ('changed', 'The navy said it was poised to escort the tankers.', 'The navy said it had escorted the tankers.', 'substantive'),
    ('changed', 'The gallery bought the painting at auction.', 'The gallery leased the painting at auction.', 'substantive'),
    ('changed', 'The council did not respond to requests for comment.', 'The council declined to comment.', 'substantive'),
    ('changed', 'Inflation eased in March, as economists had expected.', 'Inflation eased in March, surprising economists.', 'substantive'),
    ('changed', 'Police found cash and jewellery in the flat.', 'Police found cash, jewellery and two rifles in the flat.', 'substantive'),
    ('changed', 'The coach left by mutual consent.', 'The coach was fired.', 'substantive'),
    # blind50-55 categories
    ('added', '', '(Updates with reaction from the mayor)', 'cosmetic'),
    ('removed', '(This version of the story has been refiled to remove a duplicated word)', '', 'cosmetic'),
    ('changed', 'The stock ended at 231 pence.', 'The stock ended at 231p.', 'cosmetic'),
    ('changed', 'Seats cost $30 to $85.', 'Seats cost $30-$85.', 'cosmetic'),
    ('changed', 'The wind farm will generate 300 megawatts.', 'The wind farm will generate 300 MW.', 'cosmetic'),
    ('changed', 'The minister apologised publically.', 'The minister apologised publicly.', 'cosmetic'),
    ('changed', 'Rebels claimed to have captured the airfield.', 'Rebels captured the airfield.', 'substantive'),
    ('changed', 'Shelling continued intermittently overnight.', 'Shelling continued nonstop overnight.', 'substantive'),
    ('changed', 'Clinics are running low on vaccines.', 'Clinics have run out of vaccines.', 'substantive'),
    ('changed', 'The team was fined for fielding an ineligible player.', 'The team was docked points for fielding an ineligible player.', 'substantive'),
    ('changed', 'Critics said the agency was mishandling the inquiry.', 'Critics said the agency was bungling the inquiry.', 'minor'),
    # the news thesaurus (severity_words.THESAURUS): paraphrases WordNet does not relate
    ('changed', 'Relations between the neighbours have soured.', 'Relations between the neighbours have deteriorated.', 'minor'),
    ('changed', 'The minister reaffirmed her support for the plan.', 'The minister reiterated her support for the plan.', 'minor'),
    ('changed', 'The leaders met on the sidelines of the summit.', 'The leaders met on the margins of the summit.', 'minor'),
    ('changed', 'A section of the motorway was closed.', 'A stretch of the motorway was closed.', 'minor'),
    ('changed', 'Engineers will monitor the dam.', 'Engineers will keep track of the dam.', 'minor'),
    ('changed', 'The judge adjourned the hearing.', 'The judge postponed the hearing.', 'minor'),
    # ... and what it must not join: a fact swapped stays a fact
    ('changed', 'The judge adjourned the hearing.', 'The judge cancelled the hearing.', 'substantive'),
    ('changed', 'A section of the motorway was closed.', 'A section of the railway was closed.', 'substantive'),
    # blind56-65 categories
    ('changed', 'The court ordered the firm to pay $40 million.', 'The court ordered the firm to pay $40 billion.', 'substantive'),
    ('changed', 'Tickets rose to \u20ac2,5 each.', 'Tickets rose to \u20ac2.5 each.', 'cosmetic'),
    ('changed', 'The blast was recorded at 04:52.', 'The blast was recorded at 4:52.', 'cosmetic'),
    ('changed', 'The shares ended at 118.40p.', 'The shares ended at 118.4p.', 'cosmetic'),
    ('changed', 'Ash rose from Mt. Fuji.', 'Ash rose from Mount Fuji.', 'cosmetic'),
    ('changed', 'The Department of Defence said.', 'The Department of Defense said.', 'cosmetic'),
    ('removed', 'Sign up here.', '', 'cosmetic'),
    ('changed', 'Wages have not been paid for months.', 'Wages have gone unpaid for months.', 'minor'),
    ('changed', 'Letters have not been answered.', 'Letters have gone unanswered.', 'minor'),
    ('changed', 'The clinic faces a five-day closure.', 'The clinic will be shut for five days.', 'minor'),
    ('changed', 'The reform has come under fire from farmers.', 'The reform has been criticised by farmers.', 'minor'),
    ('changed', 'The shell hit a fuel depot.', 'The shell hit a grain terminal.', 'substantive'),
    ('changed', 'The terms will run concurrently.', 'The terms will run consecutively.', 'substantive'),
    ('changed', 'The jet skidded while landing.', 'The jet skidded while taking off.', 'substantive'),
    ('changed', 'Trains were cancelled at the station.', 'Trains were diverted from the station.', 'substantive'),
    ('changed', 'Ships were diverted around the cape.', 'Ships were rerouted around the cape.', 'minor'),
    ('changed', 'The paper apologised for the cartoon.', 'The paper defended the cartoon.', 'substantive'),
    ('changed', 'The council returned the land.', 'The council pledged to return the land.', 'substantive'),
    ('changed', 'The striker was sent off.', 'The striker was substituted.', 'substantive'),
    ('changed', 'The lake is almost dry.', 'The lake is dry.', 'substantive'),
    # blind66-71 categories
    ('changed', 'Commuters on a ferry were stranded.', 'Tourists on a coach were stranded, officials said after the storm hit.', 'substantive'),
    ('changed', 'Mountaineers were trapped on an icy ridge above the valley.', 'Walkers were trapped on a muddy path beside the valley, rescuers said.', 'substantive'),
    ('changed', 'The mayor said the result could be counted by Friday.', 'The mayor said the result could be recounted by Friday.', 'substantive'),
    ('changed', 'The accord was signed in Oslo.', 'The accord was initialled in Oslo.', 'substantive'),
    ('changed', 'The governor signed the bill.', 'The governor vetoed the bill.', 'substantive'),
    ('changed', 'The protest ended peacefully, organisers said, after a march through the old town.', 'Organisers said the protest, which followed a march through the old town, ended.', 'substantive'),
    ('changed', 'The mine was evacuated as a precaution.', 'The mine was evacuated after a gas leak was detected.', 'substantive'),
    ('changed', 'She scored twice after the break.', 'She scored two goals after the break.', 'minor'),
    ('changed', 'Nearly a hundred homes were damaged.', 'Nearly 100 homes were damaged.', 'cosmetic'),
    ('changed', 'The charity helps uninsured drivers.', 'The charity helps drivers without insurance.', 'minor'),
    ('changed', 'The bank will not hesitate to raise rates.', 'The bank will raise rates without hesitation.', 'minor'),
    # blind72-77 categories
    ('changed', 'The route follows the coast for the first 20 miles.', 'The route follows the coast for the first 25 miles.', 'substantive'),
    ('changed', 'The vaccine protected infants under one.', 'The vaccine protected some infants under one.', 'substantive'),
    ('changed', 'The vaccine protected children under five.', 'The vaccine protected some children under five.', 'substantive'),
    ('changed', 'A number of stalls were damaged.', 'Several stalls were damaged.', 'minor'),
    ('changed', 'The northbound lane was closed.', 'The southbound lane was closed.', 'substantive'),
    ('changed', 'Inflation slowed to 2.1pc.', 'Inflation slowed to 2.1%.', 'cosmetic'),
    ('changed', 'Rents have skyrocketed.', 'Rents have soared.', 'minor'),
    # blind78-83 categories
    ('changed', 'The coach quit, citing health reasons.', 'The coach quit, citing family reasons.', 'substantive'),
    ('changed', 'Firms warned of a supply shortage.', 'Firms warned of a labour shortage.', 'substantive'),
    ('changed', 'Gov. Ann Lee signed the order.', 'Governor Ann Lee signed the order.', 'cosmetic'),
    ('changed', 'Bus fares rise by 30 cents.', 'Bus fares rise by $0.30.', 'cosmetic'),
    ('changed', 'Bus fares rise by 30 cents.', 'Bus fares rise by $0.35.', 'substantive'),
    # blind84-89 categories
    ('changed', 'The blast hit a market in the city centre.', 'The blast hit a market on the outskirts of the city.', 'substantive'),
    ('changed', 'Most analysts expect a cut.', 'Few analysts expect a cut.', 'substantive'),
    ('changed', 'Talks have stalled in recent weeks.', 'Talks have stalled in the past few weeks.', 'minor'),
    ('changed', 'Wages grew faster than prices.', 'Wages grew more slowly than prices.', 'substantive'),
    ('changed', 'The dam was at risk of collapse.', 'The dam had collapsed.', 'substantive'),
    ('changed', 'The vaccine is given orally.', 'The vaccine is given intravenously.', 'substantive'),
    ('changed', "Acme Inc's chief quit.", "Acme Inc.'s chief quit.", 'cosmetic'),
    ('removed', 'Photo: Rescuers search the rubble of a collapsed building. AFP', '', 'cosmetic'),
    ('changed', 'Sales fell, as analysts had expected.', "Sales fell, defying analysts' expectations.", 'substantive'),
    # blind90-95 categories
    ('removed', '(c) Copyright Newswire Ltd 2025', '', 'cosmetic'),
    ('changed', 'He said he would back the motion.', 'He said he was leaning towards backing the motion.', 'substantive'),
    ('changed', 'Both teams scored late.', 'The two teams scored late.', 'minor'),
    ('changed', 'Both runways were shut.', 'One of the two runways was shut.', 'substantive'),
    ('changed', 'The fund manages $1.2 trillion.', 'The fund manages $1.2tn.', 'cosmetic'),
    ('changed', 'Engineers are scrambling to restore power.', 'Engineers are racing to restore power.', 'minor'),
    ('changed', 'The data underscore the risk.', 'The data highlight the risk.', 'minor'),
    # blind96-101 categories
    ('changed', 'The blaze destroyed a warehouse.', 'The blaze destroyed a farmhouse.', 'substantive'),
    ('changed', 'A police spokesman confirmed the arrest.', 'A police spokeswoman confirmed the arrest.', 'substantive'),
    ('changed', 'Thieves took jewellery and cash.', 'Thieves took jewelry and cash.', 'cosmetic'),
    ('changed', 'The defendant sat motionless as the verdict was read.', 'The defendant sat still as the verdict was read.', 'minor'),
]


@pytest.mark.parametrize("op, old, new, level", TABLE)
def test_severity_table(op, old, new, level):
    got, reasons = classify(op, old, new)
    assert got == level, (got, reasons)
    assert reasons, "every change names a reason"


def test_table_covers_every_level_and_is_large_enough():
    assert len(TABLE) >= 60
    assert {row[3] for row in TABLE} == {"cosmetic", "minor", "substantive"}


@pytest.mark.parametrize(
    "old, new, reason",
    [
        ("Police said 21,600 people fled.", "Police said 21,000 people fled.", "number: 21,600 -> 21,000"),
        ("About 300 were hurt.", "More than 300 were hurt.", "number: about 300 -> more than 300"),
        ("The talks resume on Monday.", "The talks resume on Tuesday.", "date: monday -> tuesday"),
        ("The suspect was charged.", "The suspect was not charged.", "negation: - -> not"),
        ("Sales rose 4%.", "Sales fell 4%.", "direction: rose -> fell"),
        ("The plant will close.", "The plant may close.", "certainty: - -> may"),
        ("Three died, the governor said.", "Three died, local media reported.", "attribution: governor -> local media"),
        ("The talks were held in Geneva.", "The talks were held in Vienna.", "name: Geneva -> Vienna"),
        ("The goverment said so.", "The government said so.", "spelling: goverment -> government"),
        ("The strike hit a school.", "The strike hit a hospital.", "fact: school -> hospital"),
        ("The court upheld the ruling.", "The court overturned the ruling.", "event: upheld -> overturned"),
        ("The protest ended peacefully.", "The protest ended.", "manner: peacefully -> -"),
        ("It fell before the vote.", "It fell after the vote.", "sequence: before -> after"),
        ("The crash killed the pilot.", "The crash killed the pilot and a passenger.", "detail: - -> passenger"),
    ],
)
def test_reasons_name_what_changed(old, new, reason):
    assert reason in classify("changed", old, new)[1]


def test_levels_and_rank():
    assert LEVELS == ("none", "cosmetic", "minor", "substantive")
    assert rank("substantive") > rank("minor") > rank("cosmetic") > rank("none")
    with pytest.raises(ValueError):
        rank("huge")


def test_unchanged_and_identical_texts():
    assert classify("unchanged", "a", "a") == ("none", [])
    assert classify("moved", "Same text.", "Same text.") == ("minor", ["moved"])
    assert classify("split", "A. B.", "A.\n\nB.") == ("cosmetic", ["paragraph break"])


def test_is_fast_enough_to_run_on_every_entry():
    import time

    old, new = TABLE[0][1], TABLE[0][2]
    start = time.perf_counter()
    for _ in range(200):
        classify("changed", old, new)
    # generous bound (the benchmark measures well under 1 ms a call): catches a pathological slowdown only
    assert (time.perf_counter() - start) / 200 < 0.02


def test_paragraph_rewritten_wholesale_stays_fast():
    import random
    import string
    import time

    def paragraph(seed):
        r = random.Random(seed)
        return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(4, 9))) for _ in range(2400))

    start = time.perf_counter()
    assert classify("changed", paragraph(1), paragraph(2))[0] == "substantive"
    # ~0.07 s; comparing every content word with every other took 20 s before the pairwise search was bounded
    assert time.perf_counter() - start < 2.0


def test_long_paragraph_stays_linear_enough():
    import time

    words = "The governor said 21,600 people had fled the villages since Monday, and more were expected. ".split()
    old = " ".join(words * 150)  # 2,400 words: far beyond any real paragraph
    new = " ".join((words * 150)[:-5] + ["Tuesday"])
    start = time.perf_counter()
    assert classify("changed", old, new)[0] == "substantive"
    # ~0.1 s here; a quadratic scan of the text per word took seconds before it was bounded
    assert time.perf_counter() - start < 2.0


def test_thesaurus_never_joins_what_other_rules_keep_apart():
    """A thesaurus group may not hold two kinds of event, two directions, two manners or two
    WordNet antonyms: a swap between those is a changed fact, whatever the thesaurus says."""
    from revtrack import severity as sev
    from revtrack import wordnet
    from revtrack.severity_words import MANNER, THESAURUS

    manner = {w: line.split(":")[0] for line in MANNER.splitlines() if ":" in line for w in line.split(":")[1].split()}
    wn = wordnet.default()
    bad = []
    for line in THESAURUS.splitlines():
        words = line.split()
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                da, db = sev._DIRECTION.get(a), sev._DIRECTION.get(b)
                if (sev._other_event(a, b) or (da and db and da != db)
                        or ((a in manner or b in manner) and manner.get(a) != manner.get(b))
                        or (wn and "_" not in a + b and any(wn.relation(a, b, pos, senses=99, depth=0) == "antonym"
                                                            for pos in "nvar"))):
                    bad.append((a, b))
    assert not bad, bad[:10]
    assert len(THESAURUS.splitlines()) > 1000



def test_word_tables_are_cached_and_rebuilt_when_the_cache_is_bad(tmp_path, monkeypatch):
    """The tables built from the word lists are kept in the cache directory and read back the same;
    a corrupt cache or one that cannot be written never changes what the rules see."""
    from revtrack import severity as sev

    monkeypatch.setenv("REVTRACK_CACHE_DIR", str(tmp_path / "cache"))
    built = sev.build_tables()
    first = sev._load_tables()  # builds and writes
    files = list((tmp_path / "cache").glob("severity-tables-*.marshal"))
    assert len(files) == 1 and first == built
    assert sev._load_tables() == built  # read back from the file
    files[0].write_bytes(b"\x00not marshal data")
    assert sev._load_tables() == built  # corrupt: rebuilt (and rewritten)
    assert sev._load_tables() == built
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setenv("REVTRACK_CACHE_DIR", str(blocked / "sub"))
    assert sev._load_tables() == built  # cannot be written: built, not kept
