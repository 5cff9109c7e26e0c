"""What the severity rules know about news words: synonyms, paraphrases, kinds of event, manner.

Data only; :mod:`revtrack.severity` reads it once at import.  Written by hand
for the vocabulary of wire copy, beat by beat, from how desks reword a story
between versions.  Each table is a string with one group a line, members
separated by spaces; a member of several words is written with underscores
(``come_into_force``) and is matched as a phrase, any inflection of its words
(``came into force``, ``comes into force``).  ``#`` starts a comment line.

The rule of the tables: two words share a group only if a standards editor
would let one replace the other without a correction.  Words that look alike
but name different facts stay apart -- school/hospital, missile/drone,
arrested/charged, killed/injured, minister/deputy minister, ceasefire/peace
deal, north/south -- because a swap between them is exactly what the
classifier must catch.

``SYNONYMS``   interchangeable words and phrases (nouns, adjectives, verbs).
               A phrase in a group that also holds a word the classifier skips
               (a function word, an ``-ly`` adverb) is itself skipped:
               ``in_order_to`` is as empty as ``to``.
``GENERAL``    ``general: specific ...`` -- a word and the more specific words it
               may stand for in a rewrite (``supplies: food water fuel``).  The
               relation is one step and one direction, never between two
               specifics: ``food`` -> ``supplies`` is rewording, ``food`` ->
               ``water`` stays a changed fact.
``EVENTS``     kinds of event: a verb of one kind replaced by a verb of another
               changes what happened (``fined`` -> ``sued``).
``MANNER``     adverbs (and the adjectives a rewrite turns them into) that carry
               a fact: how something happened (``peacefully``, ``safely``,
               ``deliberately``, ``unanimously``).  Degree and style adverbs
               (``sharply``, ``largely``, ``closely``) are not listed: desks add
               and drop them freely.
``IRREGULAR``  past forms of irregular verbs and their base form, so a phrase
               matches ``took effect`` as well as ``take effect``.
"""

SYNONYMS = """
# --- the first list (kept whole; each group was prompted by a minor row of benchmarks/severity_*.jsonl)
blaze fire flames
troops soldiers servicemen
reporters journalists media press
row dispute spat feud quarrel clash
glitch bug fault error malfunction
series string spate wave
widespread extensive heavy significant substantial worldwide global international world
serious severe grave
large big huge major massive
largest biggest
continuing ongoing underway
comments remarks statement
setback blow
standstill halt
demonstrators protesters protestors
polls ballots vote votes election
effort efforts work
damage destruction
people persons individuals
spokesman spokesperson
spokeswoman spokesperson
officials authorities
talks negotiations discussions
meeting talks
call phone
attack assault
plan proposal scheme
crash accident collision
car vehicle
aim goal objective
outlook prospects
criticism condemnation
because due owing reason
economy economic
move decision step measure
shift change changes
fears concerns worries
conflict war
region area
company firm business
help aid assistance support relief
blast explosion
clashes fighting violence
deal agreement accord pact
probe investigation inquiry
lawmakers legislators deputies
residents locals inhabitants
chief head boss leader
border frontier
shortage lack scarcity
shares stock stocks
goal aim target objective
law legislation
bill legislation
ruling decision judgment judgement verdict
building structure
homes houses dwellings residences
children kids youngsters
doctors physicians medics
warplanes jets aircraft planes
ship vessel
rain rainfall downpour downpours
flooding floods floodwaters
critics opponents
claims allegations accusations
injuries wounds
rules regulations
money funds funding cash
jobs posts positions roles
staff employees workers workforce
country nation
goods products
trip visit journey tour
risk danger threat
key important crucial vital significant
difficult hard tough challenging
fresh new renewed further
strong robust solid
weak soft sluggish
rapid quick fast swift
sharp steep
tight close
latest recent
senior top
main principal primary
several various multiple numerous
entire whole
full complete
huge vast enormous
deadly fatal lethal
angry furious
rail train trains
nationwide country countrywide national
nearby local neighbouring neighboring
# --- attribution and reporting (the source is checked elsewhere; the verb is style)
say state tell add note explain remark comment mention
statement comments remarks
announce unveil reveal disclose publish
claim allege assert contend maintain insist
warn caution
urge call_on appeal_to
ask request
deny reject dismiss rebut turn_down throw_out
confirm verify corroborate
describe call characterise characterize portray label
criticise criticize condemn denounce slam lambast decry criticism condemnation under_fire come_under_fire
call phone phone_call
criticism condemnation censure under_fire
praise hail commend applaud welcome laud
known clear certain
accept receive take
pledge vow promise commit undertake
interview conversation
reporters journalists media press correspondents
spokesman spokesperson representative
spokeswoman spokesperson representative
source sources insider insiders
# --- movement of figures and levels (the direction check sees rise versus fall)
rise climb increase gain grow jump surge soar advance go_up edge_up
fall drop decline slide slip sink dip tumble plunge slump go_down edge_down
cut reduce lower trim slash scale_back pare shed axe cut_back rein_in curb pare_back
raise boost hike increase lift
expand widen broaden extend enlarge grow
shrink narrow contract contraction
steady stable unchanged flat little_changed
recover rebound bounce_back pick_up
slow slow_down ease cool moderate
accelerate quicken speed_up
peak high record
sharp steep strong marked significant substantial dramatic
slight small modest marginal
# --- plans, intent, schedules (hedges and negations are checked elsewhere)
ready prepared poised
needed necessary required
hurry rush haste
avoid stay_away_from steer_clear_of shun
plan intend aim mean seek look_to set_out
plan proposal scheme blueprint programme program initiative
aim goal objective target purpose
due scheduled slated set expected_to poised due_to
begin start launch commence initiate kick_off get_under_way
end finish conclude wrap_up
continue keep carry_on go_on remain stay persist
resume restart
try attempt seek strive endeavour endeavor
decide resolve choose opt
decision move step measure action
shift change switch turn turnaround overhaul reversal
help aid assistance support relief backing
allow let permit enable
prevent stop block halt
need require must
hope expect anticipate
fear worry concern unease anxiety apprehension
fears concerns worries
believe think consider reckon feel
show reflect indicate demonstrate reveal point_to suggest
determine establish ascertain find_out work_out
cause trigger spark prompt provoke set_off lead_to result_in bring_about
effect impact consequence consequences repercussions fallout
take_effect come_into_force come_into_effect go_into_effect enter_into_force enter_force kick_in
take_place happen occur unfold
hold organise organize host convene
attend participate take_part join
create set_up establish
tackle address deal_with handle combat fight confront grapple_with face
pave_the_way clear_the_way open_the_way open_the_door
beat_expectations better_than_expected exceed_expectations beat_forecasts top_forecasts
intensify escalate step_up ramp_up heighten deepen worsen
collapse break_down fall_apart fail
stall stalled deadlock deadlocked impasse stalemate logjam
progress headway advance advances
postpone delay defer put_off push_back reschedule
cancel scrap axe abandon call_off shelve
reunite return restore reinstate bring_back
# --- talks, politics, diplomacy
opinion_poll opinion_polls poll polls survey surveys
language wording phrasing
concede admit acknowledge
talks negotiations discussions dialogue consultations
meeting summit session gathering
meet hold_talks sit_down
deal agreement accord pact treaty arrangement
ceasefire cease-fire truce armistice
election elections vote poll polls ballot ballots
voters electorate
lawmakers legislators deputies parliamentarians mps congressmen
parliament legislature assembly congress
law legislation statute act
bill legislation draft_law measure
rules regulations guidelines requirements
policy policies strategy approach
government administration authorities cabinet
officials authorities
critics opponents detractors
party bloc faction
leader chief head boss
campaign drive push effort
effort efforts work attempts endeavours
row dispute spat feud quarrel clash wrangle disagreement standoff tussle
rift split divide gap gaps differences divisions
crisis emergency turmoil
pressure demands calls
sanctions penalties restrictions
ally allies partner partners
country nation
nationwide countrywide national across_the_country
international global worldwide world
foreign overseas external
domestic internal
capital capital_city
border frontier boundary
region area zone territory district
village hamlet settlement
residents locals inhabitants
people persons individuals citizens
crowd throng
rally demonstration protest march
demonstrators protesters protestors marchers
slogans chants
riot unrest disturbances
# --- conflict and security
troops soldiers servicemen forces personnel military army
attack assault offensive raid strike
attacks strikes raids
clashes fighting violence hostilities combat battle
conflict war warfare fighting
warplanes jets aircraft planes fighter_jets
weapons arms weaponry
ammunition munitions ammo
militants fighters insurgents rebels guerrillas gunmen
gunman shooter assailant attacker
attackers assailants
blast explosion detonation bang
explode detonate blow_up go_off
shelling bombardment barrage
gunfire shooting shots
wounded injured hurt
injuries wounds
victims casualties
hostages captives
bodyguards guards
threat danger risk menace
destroyed wrecked razed flattened levelled leveled devastated
damage destruction devastation havoc
rubble debris wreckage ruins remains
withdraw pull_back pull_out retreat
deploy send dispatch station
capture seize take_over take_control retake recapture regain_control
occupied controlled
# --- crime, courts, police
police officers policemen law_enforcement
probe investigation inquiry enquiry examination review
investigate probe look_into examine review
search hunt manhunt
look_for comb seek search hunt manhunt
suspect accused defendant
ruling decision judgment judgement verdict finding
court tribunal
judge magistrate
lawsuit suit legal_action legal_challenge
lawyer attorney counsel solicitor barrister
prosecutors prosecution
prison jail
charges counts
claims allegations accusations
wrongdoing misconduct impropriety
jail imprison lock_up
custody detention
hide conceal cover_up withhold
steal rob
# --- disasters, weather, accidents
race_against_time race_against_the_clock
snow snowfall
humanitarian aid relief
blaze fire flames inferno
wildfire bushfire forest_fire wildfires bushfires
flood flooding floods floodwaters deluge inundation
rain rainfall downpour downpours showers
storm tempest
quake earthquake tremor temblor
aftershock aftershocks
drought dry_spell
crash accident collision smash pile-up
wreck wreckage
disaster catastrophe calamity tragedy
rescuers rescue_workers rescue_teams
evacuate move_out
toll number figure tally count
stranded stuck trapped marooned
cordon_off seal_off close_off fence_off
knock_out cut
restore reconnect
outage blackout power_cut
# --- economy and business
stubborn sticky persistent entrenched
in_return_for in_exchange_for
keep_pace keep_up
rein_in scale_back curb
rely depend count_on
company firm business corporation enterprise
carmaker automaker car_maker auto_maker
chipmaker chip_maker
lender bank
shares stock stocks equities
shareholders stockholders investors
profit profits earnings income
loss losses deficit
revenue revenues sales turnover
costs expenses spending
price prices cost
economy economic
growth expansion
recession downturn slump contraction
slowdown slowing deceleration
recovery rebound upturn revival
jobs posts positions roles vacancies
staff employees workers workforce personnel
job_cuts layoffs redundancies
unemployment jobless joblessness
wages pay salaries earnings
money funds funding cash finance financing
loan loans credit lending
debt debts borrowing liabilities
budget spending_plan
tax taxes levy duty
tariff tariffs duties levies
trade commerce
goods products merchandise wares
make produce manufacture build
buy purchase acquire
sell offload divest
merger merge combination tie-up
takeover acquisition buyout purchase
trading dealings
traders dealers
analysts economists experts
forecast outlook projection prospects
outlook prospects
demand appetite
shortage shortages lack scarcity dearth deficit
surplus glut excess
plant factory facility mill
headquarters head_office
chief_executive ceo
chairman chair chairwoman chairperson
founder co-founder
rival rivals competitor competitors
customers clients consumers
deal transaction
# --- health
doctors physicians medics
nurses nursing_staff
disease illness sickness
outbreak epidemic
vaccine jab vaccination
medicine medication medicines
treatment therapy care
# --- transport and infrastructure
car vehicle automobile
lorry truck lorries trucks
train trains rail railway
airline carrier
ship vessel
plane aircraft airliner jet
road roads highway motorway
power electricity
building structure
homes houses dwellings residences households
home_to live_in living_in inhabit reside_in
home house
shelter refuge
roadblock checkpoint
# --- people
scientists researchers
children kids youngsters
child kid
man men male
woman women female
teenager teenagers teens adolescents
elderly pensioners
family families relatives
fans supporters
expert specialist
# --- size, degree, quality (fact-bearing adjectives -- stable/critical, calm/rough -- are not here)
large big huge major massive sizeable sizable substantial
largest biggest
huge vast enormous immense massive
small little minor modest
widespread extensive heavy significant substantial sweeping broad worldwide global international world
serious severe grave
deadly fatal lethal
key important crucial vital significant central
main principal primary chief leading
senior top high-ranking
difficult hard tough challenging
fresh new renewed further
strong robust solid stiff staunch vigorous fierce
fierce intense ferocious heavy
weak soft sluggish subdued
rapid quick fast swift speedy
sudden abrupt unexpected
tight close
latest recent
several various multiple numerous a_number_of many
entire whole
full complete total
angry furious outraged incensed
unclear uncertain
obvious clear evident apparent
looming impending imminent
growing mounting increasing rising
continuing ongoing underway under_way continued
nearby local neighbouring neighboring adjacent
busy crowded packed
tense strained
calm quiet
unprecedented record
previous prior earlier former
annual yearly
# --- connectives and hedged amounts (all read as function words, so phrases here are skipped)
because because_of as_a_result_of owing_to due_to on_account_of thanks_to
after following in_the_wake_of
amid during
to in_order_to so_as_to
also as_well as_well_as
about regarding concerning over
repeatedly on_several_occasions time_and_again again_and_again
before ahead_of prior_to
nevertheless nonetheless however
quickly swiftly rapidly promptly
despite in_spite_of notwithstanding regardless_of
# --- families added after blind6 (benchmarks/severity_blind6.jsonl): each group holds the common
# members of a family of paraphrases, not only the pair a row showed
problem problems difficulty difficulties trouble troubles issue issues woes hurdle hurdles obstacle obstacles snag snags
final last closing concluding
appear seem look
weary tired fatigued exhausted
comeback fightback recovery turnaround revival
# who suffers most: "hit hardest" = "bear the brunt" = "worst hit"
hardest brunt bear_the_brunt worst_hit hardest_hit worst_affected most_affected
# opposition ahead: "an uphill battle" = "stiff resistance"
lion_share bulk majority
scramble rush race hurry dash
stick_with stuck_with stand_by stood_by
bring_under_control brought_under_control get_under_control got_under_control
motionless still
underscore underline highlight
home_side home_team hosts
uphill_battle uphill_struggle uphill_fight stiff_resistance stiff_opposition strong_opposition tough_fight struggle difficult_path difficult_passage difficult_task tough_task tough_road rocky_road bumpy_road
issue sticking_point stumbling_block bone_of_contention point_of_contention obstacle hurdle
displaced uprooted homeless fled_their_homes forced_from_their_homes driven_from_their_homes
# a crowd drawn: "the festival attracts visitors" = "visitors flock to the festival"
attract draw lure pull_in draw_in flock_to flock throng
# intensity of an abstract blow or setback ("a major setback" = "a heavy blow"); minor/slight stay apart
major heavy serious severe big considerable
# a ruling or rule left standing
in_place in_force in_effect stand stands intact valid
public visitors members_of_the_public
# criticism in words, said with an adjective or a figure of attack ("sharply critical of", "attacked the plan")
critical criticise criticize criticism attack hit_out_at lash_out_at round_on rail_against take_aim_at castigate rebuke berate chide excoriate assail
# --- families added after blind7 (benchmarks/severity_blind7.jsonl), same rule: the family, not the pair
# the distance between two sides ("underlining the gulf" = "highlighting the gap")
gulf gap divide rift chasm gulf_between divergence
# what a study found ("the findings" = "the results"); an election count ("early results" = "early returns")
findings results conclusions
results returns
# a belief held ("a widely held view" = "a widespread assumption")
view views belief beliefs assumption assumptions notion notions
challenge challenges call_into_question calls_into_question cast_doubt_on undermine question
# taken together ("wind and solar together" = "wind and solar combined")
together combined jointly collectively between_them
# --- families added after blind8 (benchmarks/severity_blind8.jsonl), same rule: the family, not the pair
# resistance to a plan, however strongly put ("stiff resistance" = "fierce opposition")
stiff_resistance fierce_resistance strong_resistance stout_resistance stiff_opposition fierce_opposition strong_opposition staunch_opposition determined_opposition
# a critic who speaks up ("an outspoken critic" = "a vocal critic")
outspoken vocal forthright
# going towards a place ("head toward" = "make its way toward")
head_for head_to head_toward head_towards make_its_way make_their_way make_his_way make_her_way
# pace and register of a work or an event ("unhurried" = "slow-paced"; "formal" = "stuffy")
unhurried leisurely slow slow_paced
formal stuffy starchy staid
# something breaking up, and things getting worse ("coming apart" = "falling apart"; "deteriorating" = "getting worse")
come_apart fall_apart disintegrate unravel
deteriorate worsen get_worse grow_worse become_worse
situation conditions circumstances
# degree adjectives of praise ("great character" = "real character")
great real genuine tremendous remarkable immense
# gathering and showing ("brings together works" = "gathers works"; "rarely shown" = "seldom displayed")
bring_together gather assemble collect
show display exhibit showcase
rare rarely seldom infrequent infrequently
open_fire start_shooting begin_shooting opened_fire
# no answer given, however said
comment respond_to_a_request_for_comment reply_to_a_request_for_comment
data figures statistics
# a loss however said ("shares have shed a third of their value" = "lost a third"; "shedding customers")
lose lost losing shed sheds shedding
cut cuts cutting shed sheds shedding axe axed axing
# labour action and road users, however named
strike walkout stoppage industrial_action work_stoppage
drivers motorists road_users
# a career's rise, however said ("rose to fame" = "shot to fame"; "came through the academy" = "rose through it")
rise_to_fame shoot_to_fame rocket_to_fame become_famous
come_through rise_through
# a river over its banks, however said ("burst its banks" = "overflowed its banks"; a dam that bursts breaks)
burst_its_banks burst_their_banks broke_its_banks broke_their_banks overflow_its_banks overflow_their_banks overtop_its_banks overflow overtop
# dependence said as verb, adjective or noun ("heavily reliant on" = "depends heavily on")
rely depend reliant dependent reliance dependence count_on
# the central place of a thing ("the centrepiece of her campaign" = "at the heart of her campaign")
centrepiece centerpiece cornerstone at_the_heart_of at_the_centre_of at_the_center_of at_the_core_of
# a market's or a person's nerves ("jittery" = "nervous")
jittery nervous anxious edgy jumpy uneasy skittish on_edge
# --- families added after blind9 (benchmarks/severity_blind9.jsonl), same rule: the family, not the pair
# a careful mood, of investors or officials ("remained cautious" = "stayed wary")
cautious wary careful guarded circumspect
# the dealings between two countries ("mend relations" = "repair ties")
relations ties links relationship
# putting a thing right ("mend" = "repair" = "patch up")
mend repair fix patch_up restore
# goods a buyer can get ("goes on sale" = "will be available to buy")
on_sale available_to_buy available_for_purchase in_shops in_stores
# good reviews, however said ("lavished praise" = "glowing reviews" = "acclaim")
praise acclaim plaudits glowing_reviews rave_reviews
# a worry said aloud ("voiced concern" = "raised concerns" = "expressed alarm")
concern concerns worry worries misgivings reservations
# --- families added after blind10 (benchmarks/severity_blind10.jsonl), same rule: the family, not the pair
# a claim made by a critic, however introduced ("critics say" = "critics argue" = "critics contend")
say argue contend maintain
# passing a thing or a power to someone ("gives police powers" = "hands police powers")
give hand grant confer
# still possible, not yet decided ("remain on the table" = "remain an option")
on_the_table option under_consideration on_the_cards
# seen at first hand ("to see the damage for himself" = "in person")
for_himself for_herself for_themselves in_person first_hand firsthand
# travel to and fro between parties ("shuttled between" = "went back and forth between")
shuttle back_and_forth to_and_fro
# setting oneself against a plan, as a verb or a noun ("faces stiff resistance" = "strongly oppose")
oppose resist resistance opposition stiff_resistance fierce_resistance strong_resistance stiff_opposition fierce_opposition strong_opposition
# making ties closer ("deepen ties" = "strengthen ties" = "bolster ties")
deepen strengthen bolster reinforce
# a level that stays high ("keep borrowing costs high" = "elevated")
high elevated
# a delay by reluctance ("dragging its feet" = "stalling")
stall stalling drag_its_feet drag_their_feet drag_his_feet drag_her_feet
# a time given by a clause ("at a time when" = "when")
when at_a_time_when at_a_moment_when
# a worry held ("fretted" = "worried")
fret worry
# lasting ("stubborn inflation" = "persistent inflation")
stubborn persistent entrenched sticky
# --- families added after blind11 (benchmarks/severity_blind11.jsonl), same rule: the family, not the pair
# a sudden arrival of many ("an influx of patients" = "a surge of patients" = "a flood of refugees")
influx surge flood rush inflow
# a call or a charge set aside ("brushed aside calls" = "dismissed calls" = "shrugged off criticism")
brush_aside brushed_aside shrug_off shrugged_off wave_aside waved_aside dismiss dismissed
# a quiet market ("thin volumes" = "light trading"); how much changed hands
thin light subdued
volumes volume activity
# an account given ("painted a bleak picture" = "offered a grim assessment")
picture portrait assessment
bleak grim gloomy dire
# surprise ("caught markets off guard" = "took markets by surprise")
off_guard by_surprise unawares surprise wrong-foot blindside
# bodies that deliver aid or speak for a cause ("aid agencies" = "aid groups" = "aid organisations")
agencies organisations organizations groups
# doubt of a person or a claim ("deeply sceptical" = "highly distrustful")
sceptical skeptical distrustful mistrustful suspicious
# a large amount said as a degree ("much more research" = "a great deal more research")
much a_great_deal a_good_deal a_lot
# at once, however said ("without delay" = "at once" = "immediately")
immediately at_once without_delay forthwith promptly
# --- blind12 families: the same act or thing said in the other words desks rotate through
# what lies ahead of a bill or a plan ("faces an uncertain future" = "its fate is uncertain")
future fate
# building work ("a lengthy renovation" = "a lengthy refurbishment")
renovation refurbishment revamp overhaul restoration
# a claim said to have no basis
baseless unfounded groundless
# handing things out ("handed out storage tanks" = "distributed storage tanks")
hand_out handed_out distribute distributed give_out gave_out
# turning down a claim ("dismissed the allegations" = "rejected the allegations")
dismiss dismissed reject rejected turn_down turned_down
# held back on the way ("held up at checkpoints" = "delayed at checkpoints")
held_up delayed
# more of the same ("extra medical tents" = "additional medical tents")
extra additional further
# noticing ("detect the disease" = "spot the disease"); earlier in time
detect spot identify
earlier sooner
# places left without a way in or out ("cut off by landslides" = "isolated by landslides")
cut_off isolated stranded
# having trouble ("struggling to reach" = "having difficulty reaching")
struggle struggling have_difficulty having_difficulty
# supplies nearly gone ("running short of fuel" = "running low on fuel")
run_short running_short run_low running_low
# where one was raised ("her childhood village" = "the village where she grew up")
grow_up grew_up childhood
""".strip()

# One step up from a specific word to a more general one a rewrite may use
# (never sideways between two specifics).
GENERAL = """
blaze: wildfire bushfire
fire: wildfire bushfire
supplies: food water fuel medicine medicines provisions aid equipment goods
goods: food grain fuel oil products
aid: food water medicine medicines supplies
vehicle: car cars lorry truck bus van
vehicles: cars lorries trucks buses vans
building: house home school hospital church mosque office warehouse factory block tower
buildings: houses homes schools offices blocks
facility: plant factory site centre center depot warehouse
site: plant factory facility scene
incident: attack accident crash shooting stabbing explosion blast
people: residents civilians villagers passengers citizens locals
civilians: residents villagers
officials: ministers police authorities
staff: nurses doctors workers employees
workers: staff employees
area: district neighbourhood neighborhood village town region
region: province state area
weapons: rifles guns missiles
items: goods products purchases appliances
""".strip()

# Kinds of event.  A verb of one kind replaced by a verb of another kind
# changes what happened; verbs in no kind, or in the same kind, are rewording.
EVENTS = """
# a position given up versus an attack beaten off; a truce kept versus broken; a machine failing versus burning
withdraw withdrew withdrawn pull_back pull_out retreat
repel repelled repulse fend_off beat_back
hold held holds observe observed
break broke broken breach breached violate violated
fail failed malfunction break_down
catch_fire burst_into_flames ignite
kill killed murdered slain assassinated executed kill_off killed_off
injure injured wounded hurt maimed
shoot shot gunned
stab stabbed
beat beaten assaulted
rape raped
kidnap kidnapped abducted seized
arrest arrested detained apprehended caught
surrender surrendered gave_up give_up turned_himself_in turned_herself_in
charge charged indicted prosecuted
convict convicted
acquit acquitted cleared exonerated
sentence sentenced jailed imprisoned
pardon pardoned commuted
release released freed
sue sued
expel expelled deported extradited
summon summoned
fine fined penalised penalized
investigate investigated probed examined reviewed questioned interviewed interrogated investigation inquiry probe
search searched raided
# advice and warning, however strongly put ("warned residents to stay away" = "urged residents to keep away")
warn warned cautioned advise advised urge urged recommend recommended encourage encouraged
reprimand reprimanded cautioned booked yellow_card
# football: a player sent off (red card) versus booked (yellow card, above); a goal scored versus missed or saved
send_off sent_off red_card red-carded
score scored netted
miss missed
save saved
# a directive's force: advice or warning (above) versus an order
order ordered instruct instructed compel compelled
damage damaged
destroy destroyed razed flattened levelled leveled demolished swept_away washed_away wipe_out wiped_out obliterated kill_off killed_off
sack sacked fired dismissed ousted removed
resign resigned quit step_down stepped_down
appoint appointed named nominated
elect elected
impeach impeached
promote promoted
hire hired recruited
layoff laid lay_off laid_off
uphold upheld
overturn overturned quashed reversed strike_down struck_down annul annulled invalidate invalidated
impose imposed introduced
lift lifted scrapped
extend extended prolonged
suspend suspended halted paused
cancel cancelled canceled scrapped axed abandoned call_off called_off shelved
proceed go_ahead went_ahead
# after blind8: getting into a place versus closing round it; a dam breaking versus spilling over
enter entered entering
surround surrounded encircle encircled besiege besieged
burst breached
overflow overflowed overtopped spill_over spilled_over
postpone postponed delayed deferred push_back pushed_back
capture captured seized
evacuate evacuated
discharge discharged
transfer transferred
bomb bombed shelled
boycott boycotted
ratify ratified
ban banned outlawed
restrict restricted curbed limited
run_aground ran_aground
defeat defeated
attack attacked ambush ambushed
rescue rescued
threaten threatened
sign signed
buy bought acquired purchased
sell sold
merge merged
recall recalled
crash crashed
land landed
sink sank capsized capsize overturned overturn keel_over keeled_over
explode exploded
burn burned burnt
# --- kinds added after blind10 (benchmarks/severity_blind10.jsonl): what was done to a thing or a place
steal stole stolen robbed looted
damage damaged vandalised vandalized defaced
buy bought purchased acquired
lend lent loaned
donate donated bequeathed
sell sold
leak leaked
award awarded
dismiss dismissed wave_away waved_away turn_down turned_down
enter entered roll_into rolled_into move_into moved_into
force_their_way_into force_its_way_into break_into broke_into storm stormed
mass massed amass amassed
reach reached
approach approaching near nearing close_in_on
consider considered considering
adopt adopted
# a restriction loosened, not removed ("lifted the ban" -> "eased the ban"; the lift group is above)
relax relaxed loosen loosened ease eased
# --- kinds added after blind11 (benchmarks/severity_blind11.jsonl)
# a tremor, a blast or a shock perceived versus harm done ("was felt in the capital" -> "caused damage")
feel felt
# a stopped thing started again versus stopped (suspend is above)
resume resumed restart restarted
# an act of prevention, nothing having happened, versus harm done ("shut as a precaution" -> "after it was damaged")
precaution precautionary pre-emptively
# a structure giving way ("the building collapsed" = "the building gave way"); a dam bursting is above
collapse collapsed cave_in caved_in give_way gave_way
# --- kinds added after blind47-49: how a thing changed hands ("acquired" -> "borrowed" the sculpture,
# "buy" -> "lease"); a departure agreed versus a sacking
lease leased rent rented renting
borrow borrowed borrowing
own owned owns
part_ways parted_ways leave_by_mutual_consent left_by_mutual_consent
# supplies gone against only low; points taken off against a fine (blind50-55)
run_out ran_out run_dry ran_dry sell_out sold_out
# blind56-65: a take-off against a landing; a flight diverted against cancelled or suspended; an apology
# against a defence; a session attended against boycotted; a
# player substituted against sent off; hostages taken against people hurt
take_off took_off taken_off
divert diverted reroute rerouted redirect redirected
apologise apologised apologize apologized apology
defend defended
attend attended
substitute substituted
take_hostage took_hostage taken_hostage held_hostage
# a competitor disqualified, a listing ended, ships in collision, a title taken away (blind13-53); a
# treaty initialled (not yet signed), a bill vetoed (blind58, blind69-70)
disqualify disqualified
initial initialled initialed
veto vetoed
delist delisted
collide collided
strip_of stripped_of
run_short ran_short run_low ran_low
dock docked deduct deducted
""".strip()

# Adverbs of manner that carry a fact, by class.  An adverb added, dropped or
# moved to another class changes the account of what happened; the adjective
# forms let a rewrite say the same with an adjective ("badly damaged" ->
# "suffered heavy damage").
MANNER = """
peaceful: peacefully peaceful calmly
violent: violently violent forcibly forcefully
safe: safely safe unharmed unhurt unscathed
unarmed: unarmed
unopposed: unopposed unchallenged
deliberate: deliberately intentionally purposely knowingly wilfully willfully deliberate intentional
accidental: accidentally inadvertently unintentionally accidental
fatal: fatally fatal mortally
severe: seriously critically severely gravely badly heavily serious critical severe grave extensive heavy hard widespread
light: slightly lightly mildly minor slight light modestly modest marginally marginal
unanimous: unanimously unanimous
narrow: narrowly narrow
temporary: temporarily temporary briefly
permanent: permanently permanent indefinitely
partial: partially partly partial
complete: completely entirely totally fully wholly complete entire total full
public: publicly publically public openly
secret: secretly privately covertly secret private
illegal: illegally unlawfully illegal unlawful
legal: legally lawfully legal lawful
alone: unilaterally
joint: jointly
voluntary: voluntarily voluntary willingly
gradual: gradually slowly progressively incrementally steadily gradual steady
immediate: immediately instantly forthwith immediate
# how a drug is given (blind89)
intravenous: intravenously intravenous
oral: orally oral
# after blind50-55: now and then against without a break
intermittent: intermittently sporadically occasionally periodically intermittent sporadic occasional on_and_off
continuous: continuously constantly nonstop incessantly continually continuous constant round-the-clock around-the-clock uninterrupted
""".strip()

IRREGULAR = """
take took taken takes taking
retake retook retaken retakes
come came comes coming
go went gone goes going
make made makes making
break broke broken breaks
bring brought brings
hold held holds
set sets setting
put puts putting
cut cuts cutting
lay laid lays
find found finds
seek sought seeks
give gave given gives
get got gotten gets
run ran runs
draw drew drawn
fall fell fallen
rise rose risen
win won wins
lose lost loses
lead led leads
keep kept keeps
leave left leaves
sit sat sits
stand stood stands
blow blew blown
shut shuts
grow grew grown grows
begin began begun begins
sink sank sunk sinks
shrink shrank shrunk shrinks
fly flew flown flies
speak spoke spoken speaks
write wrote written writes
choose chose chosen chooses
drive drove driven drives
see saw seen sees
tell told tells
say said says
think thought thinks
buy bought buys
sell sold sells
pay paid pays
build built builds
send sent sends
spend spent spends
meet met meets
fight fought fights
catch caught catches
strike struck strikes
steal stole stolen steals
throw threw thrown throws
withdraw withdrew withdrawn withdraws
flee fled flees
feel felt feels
hear heard hears
mean meant means
seize seized
freeze froze frozen freezes
forbid forbade forbidden
undergo underwent undergone
overtake overtook overtaken
sweep swept sweeps
""".strip()


# A news thesaurus: everyday paraphrases desks use when rewording, beat by beat (verbs of
# action, reporting and feeling; nouns of events, institutions and places; adjectives; idioms).
# Written for revtrack in the fourth session by four helper sessions who saw neither the
# classifier nor any labelled set, under the rule above (one word may replace the other with no
# correction); members the other tables keep apart (kinds of event, manner classes, hedges,
# negations, numbers, dates, function words) were dropped when the lists were merged.
THESAURUS = """
unveil present set_out
outline sketch_out
curb rein_in restrain
bolster strengthen shore_up reinforce beef_up
reaffirm reiterate restate
adjourn postpone
postpone delay defer put_off push_back
shelve put_on_ice
back support endorse
criticise criticize
slam blast lambast lambaste
condemn denounce decry
reject rebuff spurn
reject turn_down
urge call_on call_for exhort
warn caution
pledge vow promise
pass approve adopt
approve clear greenlight give_the_green_light_to
block thwart stymie
foil thwart
sign ink
amend modify
repeal rescind
scrap abolish do_away_with
scrap ditch abandon pull_the_plug_on
cancel call_off
appoint name
elect vote_in
resign step_down stand_down quit
sack fire dismiss
topple overthrow overthrew overthrown depose bring_down brought_down
oust unseat
rule govern
win won secure clinch
seal strike struck clinch
acknowledge concede admit
lead led head helm
spearhead lead
chair preside_over
expel kick_out
restore re-establish reestablish
resume restart
normalise normalize
sour deteriorate worsen
mend repair patch_up
underline underscore stress emphasise emphasize
praise laud commend hail applaud
express voice
downplay play_down
ease relax loosen
tighten toughen stiffen
escalate intensify step_up ramp_up crank_up
impose slap_on
extend prolong
violate breach contravene
flout defy
comply_with abide_by adhere_to
honour honor
fulfil fulfill
withdraw withdrew withdrawn pull_out
dispatch despatch send sent
seize capture
seize confiscate
shell bombard pound
rule decide
overturn quash
strike_down invalidate
investigate probe look_into
question quiz
track_down trace locate
hunt_for look_for
chase pursue
flee fled run_away ran_away
hand_over turn_over
cordon_off seal_off
crack_down clamp_down crack_down_on clamp_down_on
combat tackle
combat fight fought
allege claim
sue take_to_court took_to_court taken_to_court
rule_out exclude
launch roll_out introduce
acquire buy bought purchase
take_over took_over taken_over acquire
sell sold offload divest dispose_of
merge combine
cut reduce lower
trim pare_back
trim shave
scale_back scale_down pare_back
raise increase hike
boost lift buoy
shed axe
hire recruit take_on took_on taken_on
expand grow grew grown
shrink shrank shrunk contract
slow decelerate
rebound bounce_back recover
rise rose risen climb gain advance
fall fell fallen drop decline
slip dip edge_down
edge_up inch_up
plunge plummet tumble nosedive
slump slide slid
soar surge
skyrocket rocket
jump leap
exceed surpass top
forecast predict project
expect anticipate
post report
fund finance bankroll
lend lent loan
bail_out rescue
go_under went_under gone_under fold
close shut
halt stop
speed_up accelerate expedite
accelerate quicken pick_up picked_up
streamline simplify
restructure reorganise reorganize
overhaul revamp
spur stimulate
hurt harm
undermine weaken
cushion soften
offset counterbalance
fuel stoke fan
allay assuage
weigh_on drag_on drag_down
hamper hinder impede
disrupt hamper
back_out_of pull_out_of
renege_on go_back_on went_back_on gone_back_on
weigh mull consider
plan intend
request ask_for
grant award
rebut counter
oversee supervise oversaw overseen
monitor track keep_tabs_on keep_an_eye_on
allocate earmark
privatise privatize
nationalise nationalize
subsidise subsidize
publish issue
brief inform
demonstrate protest
trail lag_behind
set_up establish
dissolve disband
ban prohibit outlaw forbid forbade forbidden
restrict limit
allow permit let
require oblige
implement carry_out put_into_effect
introduce bring_in brought_in
roll_back reverse
water_down dilute
expire lapse run_out ran_out
backtrack backpedal back_down
reshuffle shake_up shook_up shaken_up
promote elevate
manage run ran operate
repay pay_back paid_back
reimburse refund
hit reach reached touch
peak top_out
outpace outstrip
spook rattle unnerve
stockpile hoard
woo lure attract
lure entice
pump_into inject_into
tap_into draw_on drew_on drawn_on
cash_in_on capitalise_on capitalize_on
grapple_with struggle_with wrestle_with
cope_with deal_with dealt_with
address tackle
weather ride_out rode_out ridden_out withstand withstood
avert stave_off head_off ward_off
trigger spark set_off touch_off
spark ignite
loot plunder pillage
vandalise vandalize
kidnap abduct snatch
uncover unearth
reveal disclose divulge
conceal hide hid hidden
cover_up hush_up
meddle interfere
file lodge submit
summon call_in
push_for press_for
champion advocate
orchestrate mastermind
jeopardise jeopardize imperil endanger put_at_risk
safeguard protect
retaliate hit_back strike_back struck_back
sideline marginalise marginalize
muzzle gag
quell put_down suppress
order direct instruct
contest challenge dispute
hand_down handed_down deliver
dismiss throw_out threw_out thrown_out
comb scour
intervene step_in
manufacture produce
supply provide
hand_out distribute
vie compete
collude conspire
monopolise monopolize
settle resolve
iron_out resolve
wind_down phase_out
liquidate wind_up
spin_off hive_off
pay_out disburse
outsource contract_out farm_out
pilot trial
thrive flourish prosper
falter stumble
balloon swell mushroom
dwindle diminish wane
recoup claw_back
tone_down temper
talk_up tout
brush_off shrug_off wave_off
signal indicate
waver vacillate
rebel revolt
cling_to hang_on_to clung_to hung_on_to
swear_in swore_in sworn_in inaugurate
draft draw_up drew_up drawn_up
push_through ram_through force_through
derail scupper torpedo
revive resurrect
revitalise revitalize
disavow repudiate disown
pressure pressurise pressurize
antagonise antagonize
placate mollify
attribute ascribe put_down_to
apologise apologize
recognise recognize
authorise authorize
organise organize
mobilise mobilize
destabilise destabilize
liberalise liberalize
penalise penalize
scrutinise scrutinize
prioritise prioritize
modernise modernize
incentivise incentivize
monetise monetize
centralise centralize
decentralise decentralize
militarise militarize
demilitarise demilitarize
politicise politicize
legitimise legitimize
unionise unionize
harmonise harmonize
rationalise rationalize
galvanise galvanize
minimise minimize
maximise maximize
criminalise criminalize
legalise legalize
terrorise terrorize
economise economize
hammer_out thrash_out
paper_over gloss_over
pave_the_way_for set_the_stage_for
come_into_force come_into_effect came_into_force came_into_effect
shed_light_on throw_light_on
lash_out_at hit_out_at round_on
kick_off get_under_way got_under_way
begin start commence began begun
wrap_up conclude
cave_in give_in bow_to_pressure gave_in
carry_out conduct
drum_up whip_up
cooperate co-operate collaborate
underperform lag
gather assemble congregate
say state
tell inform
inform notify
told_reporters told_journalists
urge call_on called_on
urge call_for called_for
implore beg beseech
criticise criticize fault
hit_out_at lash_out_at lashed_out_at
welcome hail
praise commend laud
brush_off brushed_off shrug_off shrugged_off wave_away waved_away
play_down played_down downplay
admit concede
announce unveil
insist maintain
ask inquire enquire
question query
reply respond answer
retort counter
remark comment
remarks comments
portray depict
characterise characterize
note point_out pointed_out
highlight spotlight
quote cite
speak talk
recount narrate
remember recall recollect
predict forecast foresee foresaw foreseen
order instruct
request ask_for asked_for
rebuke reprimand admonish
scold chide
mock ridicule deride
joke quip
shout yell
scream shriek
whisper murmur
boast brag
argue contend
agree concur
support back
reject rebuff turn_down turned_down
hint_at hinted_at allude_to alluded_to
summarise summarize sum_up summed_up
summon call_in called_in
advise recommend
persuade convince
coax cajole
mourn grieve
cry weep wept
pay_homage_to paid_homage_to
sound_the_alarm sounded_the_alarm
outline set_out
back_down backed_down
backtrack row_back rowed_back
renege_on reneged_on go_back_on went_back_on
shed_light_on throw_light_on threw_light_on thrown_light_on
talk_up talked_up tout
reporters journalists
allegation accusation
rumour rumor
speculation conjecture
praise acclaim plaudits
investigate probe look_into looked_into
check inspect
monitor keep_track_of kept_track_of keep_an_eye_on kept_an_eye_on
find found discover
thrilled delighted
elated overjoyed ecstatic
pleased glad happy
grateful thankful appreciative
worried concerned
worry concern
worrying troubling
afraid scared frightened fearful
frighten scare spook
terrified petrified
furious enraged livid incensed
infuriate enrage incense
annoy irritate irk
astonish astound stun
disappoint let_down
puzzled baffled perplexed bewildered
overwhelmed swamped
exhausted drained worn_out
tired weary
heartbroken devastated
loathe detest abhor
nervous jittery jumpy
eager keen
reluctant loath
optimistic upbeat
pessimistic gloomy downbeat
sceptical skeptical dubious
wary leery
jealous envious
lament bemoan
sympathise sympathize
empathise empathize
console comfort
hearten encourage
heartening encouraging
unhappy displeased
rattle unnerve
determined resolute
honoured honored
inspire motivate
yearn long_for longed_for
resent begrudge
grief sorrow
joy delight
fury rage
disbelief incredulity
friction tension
resentment bitterness
consider weigh mull ponder contemplate
opt choose chose chosen
realise realize
understand comprehend
assume presume suppose
imagine envisage envision
calculate compute
assess evaluate appraise
assessment evaluation appraisal
analyse analyze
establish ascertain determine
reconsider rethink
focus concentrate
ignore disregard
prefer favour favor
distrust mistrust
take_into_account took_into_account taken_into_account factor_in factored_in
bear_in_mind bore_in_mind borne_in_mind keep_in_mind kept_in_mind
get_to_grips_with got_to_grips_with come_to_grips_with came_to_grips_with
undecided on_the_fence
view opinion
try attempt endeavour endeavor
try_to tried_to seek_to sought_to attempt_to
attempt bid
manage_to managed_to succeed_in succeeded_in
labour labor
help aid assist
aid assistance
push_for pushed_for press_for pressed_for
tackle address deal_with dealt_with
overcome overcame surmount
persist persevere
abandon scrap ditch
continue carry_on carried_on
stop halt cease
postpone adjourn defer put_off
speed_up sped_up accelerate hasten
slow_down decelerate
stage hold held
implement carry_out carried_out
achieve accomplish attain
prevent avert forestall
protect shield safeguard
recover retrieve
rebuild reconstruct
repair fix mend
distribute hand_out handed_out give_out gave_out given_out
provide supply furnish
donate contribute
thwart foil frustrate
shore_up shored_up bolster
undercut undermine
cooperate collaborate
team_up teamed_up
pitch_in pitched_in help_out helped_out
step_up stepped_up ramp_up ramped_up
scale_back scaled_back scale_down scaled_down
finalise finalize
stabilise stabilize
publicise publicize
jeopardise jeopardize
seem appear
reflect mirror
consist_of comprise
need require
involve entail
amount_to constitute
symbolise symbolize
epitomise epitomize typify
leave left depart
return come_back came_back
head_for headed_for make_for made_for
pull_back pulled_back pull_out pulled_out withdraw withdrew withdrawn
rush hurry race dash
climb ascend
cave_in caved_in collapse
capsize overturn
plough_into plow_into ploughed_into plowed_into slam_into
swerve veer
roam wander
float drift
pour_into poured_into flood_into flooded_into
flock throng
tear_through tore_through torn_through rip_through ripped_through
cross traverse
transport ferry convey
land touch_down touched_down
board get_on got_on
disembark get_off got_off
jump leap leapt leaped
throw threw thrown hurl fling flung
inch crawl creep crept
careen hurtle
stagger totter
skid slide slid
travel travelled traveled
redeploy reposition
recapture retake retook retaken
surround encircle
repel repulse fend_off fended_off
bring_down brought_down
hit strike struck
batter pound pummel lash
whip lash
jolt shake shook shaken rock
flatten raze
destroy wreck
ravage devastate
engulf envelop
burn burnt burned
smoulder smolder
blaze fire
inundate flood
drench soak
wash_away washed_away sweep_away swept_away
strand maroon
shatter smash
demolish tear_down tore_down torn_down pull_down pulled_down knock_down knocked_down
explode go_off went_off gone_off
detonate set_off
blast explosion
injure wound hurt
unharmed unhurt unscathed
intact undamaged
missing unaccounted_for
subside recede
abate subside
shroud cloak
downpour deluge
outage blackout
earthquake quake
landslide landslip
wildfire bushfire
rainfall precipitation
sweltering scorching blistering
frigid freezing
strong powerful
fierce intense
sporadic intermittent
shelling bombardment
troops soldiers
civilians non-combatants
wreckage wreck
forecaster meteorologist
fuel stoke fuelled fueled
signalled signaled
labelled labeled
commemorate mark
row dispute quarrel
turmoil upheaval
deadlock impasse stalemate
talks negotiations
celebration festivities
raid swoop
uprising revolt rebellion insurrection
coup putsch
gunfight firefight shootout
massacre slaughter
catastrophe calamity
flood flooding
hitch snag
breach violation infringement
outcry uproar furore furor
influx inflow
lawsuit suit
closure shutdown
postponement deferral
start beginning outset
schedule timetable
burial interment
revival resurgence
recovery rebound
spending expenditure outlay
rise increase hike
fall drop decline decrease
cut reduction
surge spike
plunge tumble
setback blow
victory win
agreement deal accord pact
ceasefire truce
attempt bid effort
campaign drive push
crackdown clampdown
probe investigation inquiry
ruling judgment judgement
sentence term
speech address
danger peril
anger ire
outrage indignation
support backing
praise acclaim
refusal rejection
ban prohibition
restriction curb limit
appeal plea
donation contribution
cost expense
pay salary
job post position
employee worker
staff personnel
unemployment joblessness
layoff redundancy
takeover acquisition
shareholder stockholder
company firm
factory plant
shop store
pressure strain
fighting hostilities
chaos mayhem
obstacle hurdle
rift split
consequence repercussion ramification fallout
outcome result
aim goal objective
intention intent
measure step move
growth expansion
progress headway
influence clout sway
freedom liberty
rule regulation
sign indication
figures statistics data
forecast projection
speed pace
illness sickness
wealth fortune
corruption graft
prison jail
inmate prisoner
kidnapping abduction
shelter refuge
visit trip
journey trip
survey poll
referendum plebiscite
response reaction
momentum impetus
boost fillip
likelihood probability
ability capability
stance position
loyalty allegiance
gratitude thanks
condolences sympathies
tribute homage
award prize
cooperation collaboration
ties relations
baby infant
teenager teen adolescent
animosity enmity hostility
viewpoint standpoint perspective point_of_view
parliament legislature
lawmaker legislator
member_of_parliament mp
regulator watchdog
rebel insurgent
attacker assailant
gunman shooter
fighter combatant
protester demonstrator
voters electorate
resident inhabitant
onlooker bystander
fan supporter
coalition alliance
faction wing
team side
committee panel
airline carrier
automaker carmaker
spokesperson spokesman
spokesperson spokeswoman
chief head
chair chairman
chair chairwoman
envoy emissary
adviser advisor
doctor physician
lawyer attorney counsel
defendant accused
firefighter fireman
child kid
motorist driver
owner proprietor
buyer purchaser
seller vendor
candidate contender
winner victor
rival opponent
critic detractor
supporter backer
activist campaigner
journalist reporter
author writer
singer vocalist
captain skipper
informant informer
expatriate expat
sidelines margins
on_the_sidelines_of on_the_margins_of
section stretch
outskirts edge fringes
on_the_outskirts_of on_the_edge_of
neighbourhood neighborhood district
centre center
border frontier
coast coastline shore
island isle
junction intersection
pavement sidewalk
path track trail
alley alleyway
square plaza
restaurant eatery
cemetery graveyard
flat apartment
home residence
floor storey
exit way_out
port harbour
quay wharf
railway railroad
cave cavern
basement cellar
attic loft
lift elevator
stairs staircase stairway
corridor hallway
country nation
abroad overseas
part component
wreckage debris
stage phase
car automobile
lorry truck
bike bicycle
motorbike motorcycle
taxi cab
tram streetcar
plane airplane aeroplane aircraft
ship vessel
helicopter chopper
gun firearm
ammunition ammo
phone telephone
television tv
luggage baggage
package parcel
photo photograph picture image
video footage
film movie
clothes clothing
drink beverage
medicine medication
pill tablet
vaccination jab shot
petrol gasoline
equipment gear kit
rubbish garbage trash
glasses spectacles
sofa couch
fridge refrigerator
tap faucet
torch flashlight
firm strong
strong robust solid
tense strained taut
pleased glad
furious livid
anxious nervous
scared frightened afraid
shocked stunned
astonished amazed astounded
baffled puzzled perplexed mystified
annoyed irritated
grateful thankful
big large
huge enormous massive
short brief
quick rapid swift speedy fast
slow sluggish
sudden abrupt
ongoing continuing
previous prior
latest newest
initial preliminary
main principal
considerable substantial sizeable sizable
crucial vital
necessary required
clear evident obvious
covert clandestine
legal lawful
illegal unlawful
false untrue
incorrect inaccurate
accurate correct
real genuine authentic
fake bogus phoney phony
serious grave
strict stringent
difficult tough
weak feeble
fragile shaky
dangerous hazardous perilous
deadly lethal
poor impoverished
rich wealthy affluent
expensive costly pricey
cheap inexpensive
crowded packed
empty deserted
vacant unoccupied
famous famed renowned
anonymous unnamed
controversial contentious divisive
disputed contested
unusual uncommon
usual customary
odd strange peculiar
national nationwide countrywide
global worldwide
foreign overseas
complete total
sole lone
bleak grim
encouraging promising
adverse unfavourable unfavorable
excellent outstanding superb
terrible awful dreadful
horrific horrendous
appalling shocking
bitter acrimonious
cordial friendly amicable
wide broad
deep profound
ill sick unwell
injured hurt
jobless unemployed out_of_work
urgent pressing
interim provisional
lasting durable enduring
annual yearly
additional further extra
surplus excess
closed shut
faulty defective
notorious infamous
brave courageous
bold daring audacious
cautious careful
frank candid
drastic radical
sharp steep
brutal vicious savage
neighbouring neighboring adjacent
loyal faithful
neutral impartial
unfair unjust
hidden concealed
complex complicated
inevitable unavoidable
mandatory compulsory obligatory
unexpected unforeseen
worrying troubling concerning
failed unsuccessful
productive fruitful
amusing humorous funny
dull boring tedious
polite courteous
rude impolite
experienced seasoned
upcoming forthcoming
outgoing departing
keep_track_of monitor keep_tabs_on kept_track_of kept_tabs_on
in_advance ahead beforehand
take_in_their_stride took_in_their_stride taken_in_their_stride take_in_stride took_in_stride
go_the_distance went_the_distance gone_the_distance last_the_distance
on_the_back_of driven_by
in_the_wake_of following
come_under_criticism came_under_criticism
on_the_sidelines_of on_the_margins_of on_the_fringes_of
at_odds_with in_disagreement_with
at_loggerheads at_odds
in_the_pipeline in_the_works
on_the_cards in_the_cards
on_the_table under_consideration
off_the_table ruled_out
put_off postpone put_back
step_down stepped_down resign quit
back_down backtrack
give_in gave_in given_in cave_in
in_the_run-up_to in_the_lead-up_to
take_the_helm took_the_helm taken_the_helm
on_the_wane waning declining
come_to_light came_to_light emerge surface
bring_to_light brought_to_light reveal
on_track on_course
up_in_the_air in_the_balance hanging_in_the_balance unresolved undecided
happen occur
pull_out withdraw withdrew withdrawn
scale_back scale_down
step_up intensify
shore_up bolster
speak_out spoke_out spoken_out speak_up spoke_up spoken_up
hit_out_at lash_out_at
blow_up blew_up blown_up explode
in_tatters in_ruins
u-turn about-turn about-face
on_the_brink_of on_the_verge_of
come_to_a_standstill came_to_a_standstill
under_way in_progress ongoing
around_the_clock round_the_clock
in_the_long_run in_the_long_term
for_the_time_being for_now
as_a_result consequently as_a_consequence
in_response_to in_reaction_to
in_a_bid_to in_an_attempt_to in_an_effort_to
in_line_with consistent_with in_keeping_with
in_light_of in_view_of
due_to because_of owing_to on_account_of
in_spite_of despite notwithstanding
in_addition_to as_well_as besides
so_far to_date
at_the_moment currently at_present right_now
out_of_the_blue unexpectedly
suddenly all_of_a_sudden abruptly
last-minute eleventh-hour
in_person face_to_face face-to-face
in_droves in_large_numbers
strike_a_deal struck_a_deal
take_issue_with took_issue_with taken_issue_with object_to
come_into_force came_into_force come_into_effect came_into_effect
pay_off paid_off
foot_the_bill pick_up_the_tab
roll_out launch
hand_over handed_over turn_over turned_over
hand_down handed_down impose
strike_down struck_down stricken_down invalidate
approve give_the_green_light gave_the_green_light given_the_green_light give_the_go-ahead gave_the_go-ahead given_the_go-ahead
stand_by stood_by stick_by stuck_by
come_to_an_end came_to_an_end
bring_to_an_end brought_to_an_end put_an_end_to
up_and_running operational in_operation
out_of_action sidelined
in_hot_water in_trouble
on_the_run at_large
behind_bars in_prison
go_on_trial went_on_trial gone_on_trial
roughly approximately around in_the_region_of
broadly largely by_and_large on_the_whole
mostly for_the_most_part predominantly
mainly primarily chiefly principally
swiftly quickly rapidly
immediately instantly
soon shortly before_long
recently lately of_late
eventually ultimately in_the_end
finally at_last
subsequently afterwards afterward
simultaneously at_the_same_time concurrently
repeatedly time_and_again again_and_again
frequently often
rarely seldom
constantly continually
annually yearly
nearly almost practically
slightly marginally
sharply steeply
dramatically drastically
substantially considerably significantly
gradually progressively
fiercely vehemently
officially formally
in_all_likelihood most_likely
certainly definitely undoubtedly
fully completely entirely totally wholly
partially partly
especially particularly in_particular
nationwide across_the_country countrywide
worldwide globally around_the_world across_the_globe
increasingly more_and_more
reluctantly grudgingly unwillingly
deliberately intentionally
accidentally inadvertently unintentionally
moreover furthermore additionally what's_more
barely hardly scarcely
secretly covertly
intermittently sporadically on_and_off
effectively in_effect
again anew once_more
fatally mortally
from_now_on henceforth
in_the_midst_of amid amidst in_the_middle_of
near in_the_vicinity_of
in_place_of instead_of in_lieu_of
apart_from except_for aside_from other_than
regardless_of irrespective_of
regarding concerning with_regard_to in_relation_to
up_to as_many_as
more_than in_excess_of upwards_of
less_than fewer_than
at_least no_fewer_than no_less_than
at_most no_more_than
just_under slightly_less_than
just_over slightly_more_than
many numerous
in_total in_all altogether
in_a_row on_the_trot consecutively
at_the_height_of at_the_peak_of
at_the_last_minute at_the_last_moment
in_vain unsuccessfully to_no_avail
against_all_odds against_the_odds
see_eye_to_eye saw_eye_to_eye seen_eye_to_eye agree
disappear vanish
turn_up show_up showed_up shown_up
spell_out spelt_out
bring_up brought_up raise
play_up talk_up
brush_off shrug_off
call_on urge
head_off avert stave_off
clamp_down_on crack_down_on
stamp_out root_out
back_up bear_out bore_out borne_out corroborate
sort_out iron_out resolve
face_up_to confront
deal_with dealt_with handle
do_away_with did_away_with done_away_with scrap abolish
run_for ran_for stand_for stood_for
turn_out prove proven
end_up wind_up
carry_on continue
give_up gave_up given_up
toe_the_line toed_the_line
keep_pace_with kept_pace_with keep_up_with kept_up_with
go_to_the_polls went_to_the_polls gone_to_the_polls
go_on_strike went_on_strike gone_on_strike down_tools
pull_out_all_the_stops spare_no_effort spared_no_effort go_to_great_lengths went_to_great_lengths gone_to_great_lengths
hit_a_snag hit_a_hitch
run_into_trouble ran_into_trouble run_into_difficulties ran_into_difficulties
bring_under_control brought_under_control get_under_control got_under_control
extinguish put_out
touch_down land
go_under went_under gone_under
bounce_back rebound
cash-strapped hard-up strapped_for_cash
well-off affluent wealthy well-to-do
row dispute
tit-for-tat retaliatory
snub rebuff cold-shoulder
lukewarm tepid
groundbreaking pioneering trailblazing
cutting-edge state-of-the-art
high-profile prominent
up-and-coming emerging budding
world-renowned world-famous
long-awaited much-anticipated
roadmap blueprint
fallout repercussions
shake-up shakeup overhaul revamp
gunfight firefight
get_over got_over recover_from
on_the_mend recovering
go_under_the_knife went_under_the_knife gone_under_the_knife
net netted score bag bagged
clinch seal
premiere debut
beat beaten
thrash rout hammer drub
edge pip
draw drew drawn tie
equaliser equalizer leveller leveler
equalise equalize
goalkeeper keeper goalie
match game
title crown championship
semi-final semifinal semi
retire hang_up_his_boots hung_up_his_boots call_time_on_his_career
comeback fightback
unbeaten undefeated
runner-up second-placed
penalty spot-kick
send_off sent_off
go_down_to went_down_to gone_down_to
secure_a_place_in qualify_for
knocked_out eliminated
battle_back fight_back fought_back rally
take_the_lead took_the_lead taken_the_lead go_in_front went_in_front gone_in_front
pull_off carry_off
notch_up chalk_up
rack_up amass
goalless scoreless
visitors away_side away_team
holders titleholders
put_pen_to_paper sign
sequel follow-up
gig concert
headline top_the_bill
exhibition exhibit
critic reviewer
acclaim plaudits
broadcast air
host present
comedian comic
holiday vacation
trendy fashionable
marry wed tie_the_knot tied_the_knot
pan slate
sold-out sell-out
eat_out dine_out
children kids
mother mum mom
father dad
pensioner retiree
splash_out splurge
fork_out forked_out
""".strip()
