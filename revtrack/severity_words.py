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
spokesman spokeswoman spokesperson
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
criticise criticize condemn denounce slam lambast decry criticism condemnation
call phone phone_call
criticism condemnation censure under_fire
praise hail commend applaud welcome laud
known clear certain
accept receive take
pledge vow promise commit undertake
interview conversation
reporters journalists media press correspondents
spokesman spokeswoman spokesperson representative
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
uphill_battle uphill_struggle uphill_fight stiff_resistance stiff_opposition strong_opposition tough_fight struggle
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
postpone postponed delayed deferred
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
