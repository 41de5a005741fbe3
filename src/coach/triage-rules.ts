import { rule } from './normalise.js';

/**
 * The triage tables (data): each rule names a category, a flag shown to the athlete and the
 * phrasings that raise it, written in plain words and matched on normalised text (see `rule`).
 */
export type TriageCategory =
  | 'crisis'
  | 'red_flag'
  | 'condition'
  | 'injury'
  | 'niggle'
  | 'medication'
  | 'doping'
  | 'pregnancy'
  | 'postpartum'
  | 'eating_disorder'
  | 'reds'
  | 'illness'
  | 'low_energy'
  | 'overreaching';

export const JOINTS = ['knee', 'back', 'hip', 'ankle', 'foot', 'shin', 'calf', 'hamstring', 'shoulder', 'elbow', 'wrist', 'neck'] as const;
export type Joint = (typeof JOINTS)[number];

/** Words that place a problem at a joint (named diagnoses included). */
export const JOINT_WORDS: Record<Joint, string> = {
  knee: 'knee|kneecap|patella*|meniscus|menisci|acl|mcl|pcl|runner_knee|jumper_knee|it_band|itb*|osgood*',
  back: 'back|lower_back|spine|spinal|lumbar|disc|disk|herniat*|sciatica|sciatic|si_joint',
  hip: 'hip|hips|groin|labrum|labral|hip_flexor',
  ankle: 'ankle|achilles|achille',
  foot: 'foot|feet|heel|plantar|fasciitis|toe|arch|metatarsal',
  shin: 'shin|shin_splint|tibia',
  calf: 'calf|calve|soleus',
  hamstring: 'hamstring|hammy',
  shoulder: 'shoulder|rotator_cuff|impingement|collarbone',
  elbow: 'elbow|tennis_elbow|golfer_elbow',
  wrist: 'wrist|thumb',
  neck: 'neck',
};
const J = Object.values(JOINT_WORDS).join('|');
const PAIN = 'pain|hurt|ache|achy|agony|kill|throb*|twing*|injur*|flar*';
/** Joints (not muscles) where "sore" is a symptom rather than ordinary post-session soreness. */
const SORE_JOINTS = 'knee|kneecap|back|lower_back|spine|ankle|achilles|foot|heel|shin|shoulder|elbow|wrist|neck';
/** A sore hip is a symptom; sore hip flexors are a muscle sore after lunges, like sore quads (matched on normalised text). */
const SORE_HIP = [/(?:^| )hips?(?! flexor)(?: \S+){0,2} sor/, /(?:^| )sor(?: \S+){0,1} hips?\b(?! flexor)/];

/** The flag of pain at a joint: an injury, unless the words make it a mild ache after training (triage.ts). */
export const MILD_PAIN_FLAG = 'joint or sharp pain';

/** The flag of a tendon stiff in the morning that eases as it warms up: an overuse pattern, no acute sign (triage.ts). */
export const TENDON_STIFF_FLAG = 'tendon stiffness in the morning';

/** The flag of periods that stopped or turned irregular: the REDs warning sign (triage-text.ts, triage.ts). */
export const PERIOD_FLAG = 'periods that stopped or became irregular';

/** The flag of a strain or tear named by the member; one a physio or doctor already diagnosed is their plan's (triage.ts). */
export const STRAIN_FLAG = 'a strained or torn muscle or tendon';

/** A known condition a clinician looks after: the heart, a medicine that lowers the heart rate, a replaced joint (triage-text.ts says what each means for training). */
export const CARDIAC_FLAG = 'a heart condition';
export const HEART_MEDS_FLAG = 'a medicine that lowers the heart rate';
export const JOINT_REPLACEMENT_FLAG = 'a joint replacement';

/** Beta-blockers and other blood-pressure medicines: naming one is no request for a dose (only a dose, a skip or a stop is the prescriber's). */
const HEART_MEDS =
  'beta_blocker*|betablocker*|bisoprolol|atenolol|metoprolol|propranolol|nebivolol|carvedilol|amlodipin*|ramipril|lisinopril|losartan|candesartan|antihypertensiv*|blood_pressure_pill*|blood_pressure_tablet*|blood_pressure_med|blood_pressure_meds|blood_pressure_medicin*|blood_pressure_medicat*|bp_med|bp_meds|bp_tablet*|bp_pill*';

export interface TriageRule {
  category: TriageCategory;
  flag: string;
  patterns: RegExp[];
}

const r = (category: TriageCategory, flag: string, ...patterns: (string | RegExp)[]): TriageRule => ({
  category,
  flag,
  patterns: patterns.map((p) => (typeof p === 'string' ? rule(p) : p)),
});

export const TRIAGE_RULES: TriageRule[] = [
  // A member in distress: only unambiguous phrasings ("I'll die on the wall balls" is how athletes talk, and is not here).
  r(
    'crisis',
    'thoughts of not wanting to live',
    'suicid*',
    'self_harm*|selfharm*|harm* ~1 myself|cut* ~1 myself',
    'end|take ~2 my ~2 life',
    'no|not|dont|don_t|do_not|can_t|cannot|can_not|never ~3 point ~3 anyth*|living|life|everyth*|going_on|it_all',
    'what* ~1 the ~1 point ~2 of ~1 living|life|anyth*|everyth*|going_on',
    'no ~1 reason ~2 to ~1 live|living|go_on',
    'better ~1 off ~1 dead|without_me',
    'want*|wish* ~2 to ~1 be ~1 dead',
    'want*|wish* ~1 to ~1 disappear',
    'can_t|cannot|can_not ~1 go ~1 on ~1 any_more|anymore|like_this',
  ),
  r(
    'red_flag',
    'chest pain or pressure',
    'chest ~3 pain|hurt|ache|pressur*|tight*|squeez*|heavi*|burn*|crush*|stab*',
    'pain|pressur*|tight*|squeez*|ache ~3 chest',
    'heart ~2 pain|hurt|ache',
    // "i think i'm having a heart attack": an emergency, not a history.
    'having|have_i_had|am_i_having ~2 heart_attack*',
  ),
  r(
    'red_flag',
    'fainting or near-fainting',
    'faint*',
    'pass|black|blank|zonk|conk ~1 out',
    'blackout|blackout*|collaps*|unconscious|lose_conscious*|light_head*|dizzi|dizzy|woozy|vertigo',
    'tunnel_vision',
    'vision ~3 go|went|turn* ~1 black|grey|gray|dark|blurr*',
    'near|nearly|almost ~2 pass|faint*|collaps*|black',
  ),
  r(
    'red_flag',
    'palpitations at rest',
    'palpitat*',
    'heart ~3 skip*|flutter*|flip*|irregular|miss* ~1 beat*',
    'irregular ~2 heart*|puls*|beat*|rhythm',
    'heart*|puls* ~3 all_over_the_place|weird|odd|strange|funny|jump*_around',
    'heart|puls*|heartbeat ~3 racin|pound*|thump*|hammer*|going_crazy ~6 rest|bed|lying|lie|sit*|night|sleep*|after|hour*|random*|nothing|calm*|slow*|settl*',
  ),
  r(
    'red_flag',
    'breathlessness out of proportion',
    'wheez*',
    'short_of|out_of|catch_my|get_my ~1 breath ~5 rest|stair*|walk*|lying|lie|night|easy|hour*|talk*|sit*|bed|day*|recover*',
    'breathless*|can_not_breath|struggl*_to_breath|hard_to_breath|gasp* ~5 rest|stair*|walk*|lying|lie|night|easy|hour*|sit*|bed|day*',
  ),
  r(
    'red_flag',
    'heat illness signs',
    'heat_stroke|heatstroke|sun_stroke|sunstroke|heat_exhaust*|heat_ill*',
    'stop* ~1 sweat*',
    'confus*|disorient*|vomit*|throw*_up|puk*|nause*|chill*|goosebump*|headach*|dizzi|faint* ~6 heat|hot|sun|humid*',
    'heat|hot|sun|humid* ~6 confus*|disorient*|vomit*|throw*_up|puk*|nause*|chill*|goosebump*|dizzi|faint*',
  ),
  r(
    'red_flag',
    'numbness or weakness',
    /(^| )(?<!mind )numb( |$)/,
    'tingl*|pins_and_needl* ~3 arm|hand|leg|face|finger*|foot|feet|toe*|lip*',
    'arm|hand|leg|face|finger*|foot|feet|toe* ~3 tingl*|numb',
    'sudden* ~2 weak*',
    'can_not_feel ~2 my',
    'face ~2 droop*',
    'slurr*',
  ),
  // Back pain with numbness or tingling around the genitals, buttocks or inner thighs, or new bladder or bowel trouble: the
  // health document's first emergency (possible cauda equina syndrome), whichever words the member uses for the area.
  r(
    'red_flag',
    'numbness or tingling around the groin or loss of bowel control',
    'numb*|tingl*|pins_and_needl*|no_feel*|lost_feel* ~4 groin|genital*|privat*|crotch|saddl*|buttock*|bum|inner_thigh*|between_my_leg*',
    'groin|genital*|crotch|saddl*|inner_thigh* ~3 numb*|tingl*|pins_and_needl*',
    // Bowel control only: a bladder that leaks in wall balls or jumps is the pelvic-floor section's, not this emergency.
    'lose|lost|loss_of|losing|no|can_not|trouble|problem* ~2 control* ~3 bowel*',
  ),
  // A sudden, severe headache, or sight that blurs, doubles or goes, after an effort: a doctor the same day (a bleed or
  // blood pressure is for them to rule out), never "carry on tomorrow".
  r(
    'red_flag',
    'a sudden severe headache or changes in vision',
    'blurr*|blurry|doubl*|lost|loss_of|losing ~1 vision|eyesight',
    'blurr*|blurry ~1 sight',
    'vision|eyesight ~3 blurr*|blurry|fuzzy|dark|black|grey|gray|weird|funny|strange',
    'sudden*|worst|severe|thunderclap|splitting|explod* ~3 headach*',
    'headach* ~6 vision|sight|eyesight|sick_to|vomit*|throw*_up|confus*|slurr*',
  ),
  r(
    'red_flag',
    'dark urine after training',
    'dark|brown|cola|black|red|bloody ~2 urin*|pee|piss|wee',
    'rhabdo*',
    'urin*|pee|piss|wee ~3 dark|brown|cola|black|red|bloodi',
    'blood ~2 in ~1 my ~1 urin*|pee',
  ),

  // "i rolled my ankle 4 days ago, it's a bit puffy still": swelling said a few words after the joint is still the joint's.
  r('injury', 'swelling', `swell|puffy|fluid ~4 ${J}`, `${J} ~4 fluid`, `${J} ~9 swell|swollen|puffy|balloon*`),
  // How an acute injury happened ("rolled my ankle", "went over on my ankle", "twisted my knee"), said in the past.
  r(
    'injury',
    'an acute joint injury (rolled, twisted or sprained)',
    'rolled|twisted|turned|sprained|jarred ~2 my|an|the|his|her|their ~1 ankle|achilles|knee|wrist|foot',
    'went_over|gone_over|go_over|goes_over|going_over ~3 ankle|foot',
    `landed_funny|landed_awkward*|landed_badly|landed_wrong ~3 ${J}`,
    `feel_something ~1 go|went|pop*|ping*|snap*|tear|tore|give|gave|grab*|twang*|pull*|rip*|tweak* ~4 ${J}`,
  ),
  // Spasm, a bruised bone: signs for a professional, not for a plan.
  r('injury', 'spasm or a bruised bone', `${J} ~2 spasm*|seiz*`, `spasm* ~3 ${J}`, `bruis* ~2 ${J}`),
  // A tendon stiff in the morning is the pattern the health section's achilles text is written for (tendinopathy):
  // a referral still follows, but that section may lead (TENDON_STIFF_FLAG counts as plain pain in triage.ts).
  r('injury', TENDON_STIFF_FLAG, 'achilles|tendon* ~4 creak*|stiff*|tight* ~4 morning*'),
  r('injury', 'locking or giving way', `${J} ~4 lock*|catch*|give_way|give_out|buckl*|collaps*|unstabl*|unstable|wobbl*`, 'give_way|buckl*'),
  r(
    'injury',
    'clicking or popping with pain',
    `click*|pop*|clunk*|crunch*|grind*|snap* ~6 ${PAIN}`,
    `${PAIN} ~6 click*|pop*|clunk*|crunch*|grind*|snap*`,
    'hear*|felt|feel ~2 pop*|snap*',
    `${J} ~2 pop*|snap*|gone|went`,
  ),
  r(
    'injury',
    MILD_PAIN_FLAG,
    `${J} ~3 ${PAIN}|twing*|tweak*|niggl*|bruis*`,
    `${SORE_JOINTS} ~2 sore|sor`,
    `sore|sor ~1 ${SORE_JOINTS}`,
    ...SORE_HIP,
    `dodgi|dodgy|bad|bum|wonki|gammi|crook|duff ~1 ${SORE_JOINTS}`,
    // "my knees are dodgy", "shoulders hate wall balls", "mild arthritis in my knees": an ongoing ache at a joint.
    `${SORE_JOINTS} ~2 dodgi|dodgy|wonki|gammi|duff`,
    `${J} ~1 hat|hate|hates|complain*|moan*|grumbl*|protest*`,
    'arthrit*|osteoarthrit*',
    `${PAIN}|tweak*|niggl* ~3 in|on|of|around|behind|under|with ~2 ${J}`,
    'sharp|stab*|shoot* ~2 pain',
    `${PAIN}|tweak*|strain*|pull*|tore|tear|torn|rupture* ~2 my|her|his|their ~1 ${J}`,
    'joint_pain',
  ),
  // "coming back from a calf strain", "my calf is torn": a named muscle or tendon injury (not one a clinician already saw).
  r('injury', STRAIN_FLAG, `${J} ~1 strain*|tear|torn|rupture*`),
  r(
    'injury',
    'a question about a diagnosis',
    'meniscus|menisci|acl|mcl|pcl|tendinopath*|tendinitis|tendonitis|tendinosis|plantar_fasciitis|fasciitis|shin_splint*|stress_fractur*|fractur*|herniat*|slip*_disc|bulg*_disc|disc_bulg*|disc|disk|sciatica|runner_knee|it_band_syndrom*|itbs|rotator_cuff|impingement|bursitis|labrum|labral|dislocat*|sprain*|osgood*|spondylo*',
    'torn|tore|tear|ruptur* ~2 ligament*|tendon*|muscl*|my|a',
  ),
  // The signs the health section gives for a bone stress injury rather than shin splints: one tender spot, pain hopping.
  r(
    'injury',
    'pain on one spot of the bone or when hopping, a sign of a possible stress fracture',
    'hurt*_hop*|pain*_hop*',
    `${PAIN} ~2 when|while|if ~2 hop*`,
    'hop* ~2 hurt*|pain*|kill*',
    `one|singl*|specif*|exact* ~1 spot|point|place ~6 ${PAIN}|tender*`,
    `${PAIN}|tender* ~4 one|singl*|specif*|exact* ~1 spot|point|place`,
    'point|spot ~1 tender*',
  ),
  r('injury', 'cannot bear weight', 'can_not|unabl* ~2 bear|put ~2 weight', 'can_not|unabl* ~1 walk ~3 on|without|since|properli|proper'),

  r(
    'medication',
    'medication or painkillers',
    'ibuprofen|paracetamol|co_codamol|cocodamol|co_dydramol|codydramol|nurofen|advil|motrin|tylenol|acetaminophen|panadol|anadin|aleve|solpadein*|celecoxib|celebrex|meloxicam|morphin*|fentanyl|painkiller*|naproxen|aspirin|diclofenac|voltaren|codein*|tramadol|nsaid*|anti_inflammator*|pain_killer*|cortison*|prednison*|steroid_injection|steroid_shot|antibiotic*|muscle_relax*|opioid*|oxycodon*|gabapentin*|diuretic*|salbutamol|ventolin|antihistamin*|sleeping_pill*|ssri*|antidepress*|ozempic|wegovy|semaglutid*|mounjaro|zepbound|tirzepatid*|saxenda|liraglutid*|glp_1|glp1|weight_loss_jab*|weight_loss_injection*|fat_jab*|skinny_jab*|inhaler*|insulin|metformin|statin*|levothyroxin*|thyroxin*|warfarin|anticoagulant*|blood_thinner*',
    'how_much|how_many|what_dose|dose|dosage|dosing ~6 pill*|tablet*|capsul*|drug*|med|medicin*|medicat*',
    // "should i skip my blood pressure tablets on race day?", "can i come off my meds for the race?"
    'skip*|stop*|miss*|come_off|pause*|quit*|halv*|double* ~4 pill*|tablet*|capsul*|med|meds|medicin*|medicat*|prescri*',
    // …and a dose, a skip or a stop of a heart or blood-pressure medicine ("can i halve my bisoprolol on race day?").
    `how_much|how_many|what_dose|dose|dosage|dosing|increas*|lower*|reduc*|adjust*|chang*|skip*|stop*|miss*|come_off|pause*|quit*|halv*|double* ~4 ${HEART_MEDS}`,
    `${HEART_MEDS} ~6 dose|dosag*|dosing|how_much|how_many|skip*|stop*|halv*|come_off`,
    // "is it worth microdosing beta blockers to calm my nerves on race day? what dose do people use": a medicine taken to race
    // (microdosed, or its dose asked later in the message) is the medication rule's, not the heart-rate section's.
    `microdos* ~4 ${HEART_MEDS}|pill*|tablet*|drug*|med|meds|medicin*|medicat*`,
    `${HEART_MEDS} ~12 dose|dosag*|dosing|microdos*`,
  ),
  // A heart condition, a heart-rate-lowering medicine or a replaced joint: training inside what the clinician cleared.
  r(
    'condition',
    CARDIAC_FLAG,
    'stent|stents|stented|cardiologist*|cardiomyopath*|arrhythmi*|atrial_fibrillation|afib|a_fib|pacemaker|defibrillator|angina|angioplasti|angioplasty|coronari|coronary|myocard*|heart_condition*|heart_problem*|heart_issu*|heart_diseas*|heart_attack*|heart_surgeri|heart_surgery|heart_op|heart_operat*|heart_murmur*|heart_failur*|heart_valv*|heart_block|heart_bypass|triple_bypass|double_bypass|have_af|with_af|got_af|diagnosed_with_af|my_af|svt|long_qt',
    /(?:^| )cardiac(?! (?:drift|output|adapt\S*|remodel\S*|hypertroph\S*|efficien\S*|stroke|muscl\S*))(?= |$)/,
  ),
  r('condition', HEART_MEDS_FLAG, HEART_MEDS, 'on ~1 blood_pressure ~2 pill*|tablet*|med|meds|medicin*|medicat*'),
  r(
    'condition',
    JOINT_REPLACEMENT_FLAG,
    'hip|knee|shoulder|ankle|joint ~1 replac*|resurfac*',
    'arthroplast*|tkr|thr|tka|new_hip|new_knee|artificial_hip|artificial_knee|partial_knee|partial_hip',
    /(?:^| )replac\S* (?:\S+ )?(?:hip|kne|knee|shoulder|ankl|ankle)(?! sleev\S*| strap\S*| wrap\S*| support\S*| pad\S*| brac\S*)(?= |$)/,
  ),
  r(
    'doping',
    'performance-enhancing drugs',
    'sarm|sarms|ostarin*|enobosarm|lgd*|ligandrol|rad_140|rad140|testolon*|mk_677|mk677|ibutamoren|cardarin*|gw501516|gw_501516|tren|trenbolon*|deca|nandrolon*|anavar|oxandrolon*|winstrol|winni|stanozolol|dianabol|turinabol|hgh|epo|erythropoietin|clenbuterol|ephedrin*|dmaa|amphetamin*|adderall|modafinil|meldonium|bpc_157|tb_500|blood_dop*|juic*_up|pct|aromatas*',
    /(^| )steroid(?! inject| shot)/,
    'steroid|tren ~2 cycl*|stack*|blast*|pin*',
    'test ~1 cycl*|blast*|pin*|enanth*|cypion*|prop',
    'cycl*|stack* ~2 steroid|tren|of_test',
    'testosteron* ~6 dose|dosag*|dosing|how_much|inject*|pin*|cycl*|buy|mg|ml|tak*|use|using|stack*|gel|cream|shot*|clinic|prescri*|boost*_my',
    'dose|dosag*|dosing|how_much|inject*|pin*|cycl*|buy|tak*|use|using|run*|start* ~6 testosteron*',
    'on_testosteron*',
    'stimulant* ~4 limit*|banned|beyond|above|over|more_than',
  ),
  r('pregnancy', 'pregnancy', 'pregnant|pregnanc*|trimester', 'expect* ~2 babi', 'ivf'),
  // After a birth the knowledge base has its own return-to-training sections: the clearance line comes first, then them.
  r(
    'postpartum',
    'after a birth',
    'after ~2 birth',
    'had ~1 my|a|our ~1 babi',
    'postpartum|post_partum|postnatal|post_natal|give_birth|gave_birth|c_section|caesarean|cesarean|breastfeed*|breast_feed*|diastasi*',
  ),
  // The knowledge base's neck check: a fever, aches all over, a chest cough or an upset stomach means rest (a cold above
  // the neck does not, and stays with the knowledge base's section). "no fever" and "fever-free" are not a fever.
  r(
    'illness',
    'a fever or symptoms below the neck',
    /(?:^| )(?<!(?:^| )(?:no|not|without|any|zero|never) (?:a |any )?)(?:fever|feverish|pyrexia)(?! free)(?= |$)/,
    /(?:^| )(?:slight|high|mild|a|got|hav|have|running|with|of) (?:a |slight |high |mild |bit of )?(?:temp|temperatur\S*)(?= |$)/,
    // "coughing all week, chesty": a chest cough said in one word.
    'chesti|chesty',
    /(?:^| )(?:temp|temperatur\S*)(?: \S+){0,2} (?:3[89](?:\.\d)?|4[01]|99\.[5-9]|10[0-4](?:\.\d)?)(?: |$)/,
    'chest|chesti ~1 cold|cough*|infect*|congest*|bug|viru*',
    'cough* ~1 up',
    'ach* ~1 all_over|everywher*',
    'bodi|muscl ~1 ach*',
    'stomach|tummi|gastro|gut|belli ~1 bug|flu|viru*|infect*',
    'food_poison*|norovirus|noroviru*|gastroenter*|diarrh*|diarrho*|shivering|chills',
    'throw*_up|vomit*|be_sick ~6 bug|viru*|ill|illness|fever|flu',
    'i_hav|ive_got|have_got|down_with|still_hav|still_got ~2 flu|covid',
    'got_flu|got_the_flu|got_covid',
    'test* ~1 positiv*',
  ),
  r(
    'eating_disorder',
    'signs of disordered eating',
    'purg*|laxativ*',
    'make|made ~1 myself ~2 sick|throw*|vomit*|puk*',
    'throw*_up|vomit*|puk* ~4 after ~2 eat*|meal*|food',
    'starv* ~1 myself|myself_to',
    'skip*|cut*|miss* ~2 meal* ~5 lose|lost|weight|lean*|thin*|make_weight|fat',
    'not|bare*|hard* ~1 eat* ~6 weight|lose|thin*|fat|lean*',
    'fear*|afraid|scar*|terrifi*|panic* ~3 food|eat*|carb*|gain* ~1 weight|meal*',
    'guilt*|disgust*|ashamed ~4 eat*|food|meal*',
    'bing* ~4 eat*|food|purg*',
  ),
  // Periods that stop or turn irregular with training are a warning sign of too little energy for the load (REDs, IOC 2023;
  // team11 and team8), not in themselves a sign of disordered eating: the doctor and "eat enough to train" answer them.
  // With a sign of disordered eating as well, that referral leads and names them (triage.ts).
  r(
    'reds',
    PERIOD_FLAG,
    'lose|lost|stop*|miss* ~2 my_period*|her_period*|menstru*',
    'lose|lost|stop*|miss* ~1 my|her ~2 period*',
    'period* ~2 stop*|gone|disappear*|vanish*|irregular',
    'irregular ~1 period*|menstru*',
    'not_had|had_no|have_not_had|havent_had|hasnt_had|has_not_had ~2 period*',
    'no_period*|amenorrh*',
  ),
  r(
    'overreaching',
    'resting heart rate up',
    'resting_heart_rate|morning_heart_rate|heart_rate_in_the_morning ~4 up|high*|elevat*|rais*|increas*|jump*|spik*|climb*|went_up',
    'hrv ~3 down|drop*|low*|tank*|crash*|fall*',
  ),
  r(
    'overreaching',
    'poor sleep',
    'can_not|poor*|bad*|terribl*|broken|restless|crap|shit ~2 sleep*',
    'insomnia',
    'sleep* ~3 bad*|poor*|terribl*|awful|crap|badli',
    'wak* ~2 up ~3 night|3am|4am',
  ),
  r(
    'overreaching',
    'no motivation',
    'no|zero|lost|lose|lack* ~2 motivat*|mojo',
    'unmotivat*|demotivat*',
    'dread* ~3 train*|session*|workout*|gym',
    'do_not_want_to|hate ~2 train*|go_to_the_gym',
  ),
  r(
    'overreaching',
    'performance falling',
    'performanc*|lift*|number*|result*|benchmark*|strength ~3 drop*|fall*|declin*|tank*|suffer*|wors*|down',
    'tim*|split*|pace* ~3 wors*|slow*|declin*|go_backward*|tank*',
    'get*|go* ~1 slower|weaker|backward*',
    'slower|weaker ~3 every|each|despite|than_last|and_slower',
  ),
  r(
    'overreaching',
    'persistent fatigue',
    'tire*|exhaust*|fatigu*|drain*|knacker*|wipe*|wreck*|dead|heavi ~4 for ~1 week*|all_the_tim*|every_day|constant*|always|month*',
    'always|constant*|permanent* ~2 tire*|exhaust*|fatigu*|knacker*|wipe*',
    'keep_getting|always ~1 sick|ill|cold*',
    'irritabl*|moodi|snappi',
  ),
  r(
    'overreaching',
    'over-reaching or over-training',
    'overtrain*|over_train*|overreach*|over_reach*|burnt_out|burn*_out_from|under_recover*|underrecover*',
  ),
];

/** The signals of over-reaching that count alone; the others need a second one. */
export const STRONG_OVERREACHING = 'over-reaching or over-training';

export const JOINT_PATTERNS: [Joint, RegExp][] = (Object.entries(JOINT_WORDS) as [Joint, string][]).map(([j, words]) => [j, rule(words)]);
