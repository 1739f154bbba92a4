package clinical

import (
	"regexp"
	"sort"
	"sync"
)

// concept is one lexicon entry: a regular expression over folded text (lower
// case, no accents) for one clinical concept in one language ("" = both).
// Kind "cond" marks chronic conditions, for which a historical mention
// ("known epilepsy", "history of diabetes") still means the patient has it.
type concept struct {
	id, kind, lang, pattern string
}

// lexicon lists the concepts the rules use. Patterns get word boundaries at
// both ends; keep them specific (a false finding costs more than a missed
// synonym, because structured fields usually carry the key facts too).
var lexicon = []concept{
	// --- cardiovascular
	{"chest_pain", "", "", `(chest|retrosternal|precordial|substernal) (pain|tightness|pressure|discomfort|heaviness|ache|aching)|((left|right|central)[- ]sided|left|central) chest (ache|aching|pain|discomfort|tightness)|pain in (the|his|her|my) chest|crushing (central )?(chest )?pain|tight chest|chest feels tight|pain (in|on|over|across|at) (the |his |her |my )?((left|right|central|middle) )?(side of (the |his |her |my )?)?chest`},
	{"chest_pain", "", "pt", `dor (no|em|de|ao) peito|dor toracica|dor precordial|dor retroesternal|aperto no peito|opressao (no peito|toracica|precordial)|desconforto (toracico|precordial|no peito)|pressao no peito|peso no peito|dor no torax|pontada no peito|dor (do|no) lado (esquerdo|direito) do peito`},
	{"pleuritic", "", "", `pleuritic|pain (on|when|with) (breathing|inspiration|deep breath\w*)|(dor|doi|doendo) .{0,15}(ao|para) respirar|ventilatorio.dependente|dor pleuritica|piora (com|a) (a )?inspiracao`},
	{"radiation", "", "", `radiat\w* (in)?to (the )?(left |right |both )?(arm|arms|jaw|neck|shoulder|back)|irradia\w* (para|pro|pra|ao|a|em) (o |a |os )?(braco|bracos|mandibula|pescoco|ombro|costas|dorso)`},
	{"exertional", "", "", `(on|with|during) (exertion|exercise|effort)|exertional|walking uphill|aos (grandes |medios |pequenos )?esforcos|ao esforco|durante (o )?esforco`},
	{"reproducible_pain", "", "", `reproduc\w* (on|with|by) palpation|(pain|tenderness) (is )?reproduced|when I (twist|press)|(twist|press\w*) on it|tender (to|on) palpation of the chest|chest wall tenderness|costochondr\w*|reproduz\w* a palpacao|dor a palpacao (do|da) (torax|parede)|musculoskeletal chest`},
	{"diaphoresis", "", "", `sweat\w*|diaphore\w*|clammy|sudore\w*|suando|suor frio|sudorese`},
	{"nausea", "", "", `nause\w*|enjoo|enjoado|enjoada|queasy`},
	{"vomiting", "", "", `vomit\w*|throwing up|emese|vomitos?`},
	{"palpitations", "", "", `palpitat\w*|racing heart|heart (is )?racing|pounding heart|heart pounding|palpitac\w*|coracao (acelerado|disparado|batendo forte)|batedeira`},
	{"syncope", "", "", `syncop\w*|passed out|faint(ed|ing)|blacked out|loss of consciousness|collapsed|desmai\w*|sincope|perda (de|da) consciencia|apagou`},
	{"dyspnea", "", "en", `\bsob\b`},
	{"dyspnea", "", "", `short(ness)? (of|in) breath|breathless\w*|dyspn\w*|difficulty breathing|trouble breathing|can'?t breathe|hard to breathe|struggling to breathe|falta de ar|dispneia|dificuldade (para|de|pra|em) respirar|cansaco (para|ao) respirar|sufoc\w*|faltando ar`},
	{"orthopnea", "", "", `orthopn\w*|paroxysmal nocturnal|ortopneia|dispneia paroxistica`},
	{"leg_edema", "", "", `(leg|ankle|pedal|bilateral) (swelling|edema|oedema)|swollen (legs|ankles|feet)|edema (de|nos|em) (membros inferiores|mmii|pernas|tornozelos)|pernas inchadas|edema de mmii`},
	{"dvt_signs", "", "", `(calf|panturrilha) .{0,30}(swollen|sore|tender\w*|painful|swelling|edemaciada|inchada|dolorosa|empastad\w*)|(swollen|painful|sore|tender) (left |right )?calf|unilateral (leg )?swelling|deep vein thrombosis|\bdvt\b|trombose venosa profunda|\btvp\b|empastamento`},
	{"hemoptysis", "", "", `ha?emoptysis|cough\w* (up )?blood|hemoptise|tosse com sangue|escarro com sangue|(raias|rajas|estrias|laivos) de sangue|catarro com sangue|sangue no (catarro|escarro)|blood.?(streaked|stained|tinged) (sputum|phlegm)|(sputum|phlegm) (with|streaked with) blood`},
	{"st_elevation", "", "", `st.?(segment )?elevation|\bstemi\b|st elevated|supra(desnivelamento)?( d[eo])? (segmento )?st|supra de st|elevacao (do segmento )?st|supradesnivel\w*`},
	{"ecg_ischemia", "", "", `st.?(segment )?depression|t.?wave inversion|inverted t.?waves|isch(a)?emic (ecg )?changes|new lbbb|infra(desnivelamento)?( d[eo])? (segmento )?st|infradesnivel\w*|inversao de (onda )?t`},
	{"ecg_hyperk", "", "", `peaked t|tall tented t|wide qrs|qrs (widening|\d{3} ?ms)|sine wave|onda t apiculada|qrs alargado`},
	{"af", "cond", "", `atrial fibrillation|\bafib\b|a.fib|atrial flutter|fibrilacao atrial|flutter atrial`},
	{"af", "cond", "en", `\baf\b`},
	{"af", "cond", "pt", `\bfa\b`},
	{"heart_failure", "cond", "", `heart failure|cardiac failure|\bhfref\b|\bhfpef\b|\bchf\b|ejection fraction|\bef \d+|insuficiencia cardiaca|\bicc\b|fracao de ejecao|\bfe \d+`},
	{"hypertension", "cond", "", `hypertensi\w*|\bhtn\b|high blood pressure|hipertens\w*`},
	{"hypertension", "cond", "pt", `\bhas\b`},
	{"diabetes", "cond", "", `diabet\w*|\bdm ?[12]?\b|\bt[12]dm\b|\bdm tipo [12]\b`},
	{"type1_diabetes", "cond", "", `type 1 diabet\w*|\bt1dm\b|\bdm ?1\b|diabetes (mellitus )?tipo 1|\bdm tipo 1\b`},
	{"vascular_disease", "cond", "", `coronary (artery |heart )?disease|\bcad\b|\bstent\w*|myocardial infarction|heart attack|angioplast\w*|\bcabg\b|bypass graft|\bpci\b|peripheral (arterial|vascular) disease|\bpad\b|stable angina|angina|doenca (arterial )?coronariana|infarto|\biam\b|angioplastia|revasculariza\w*|\bdac\b|doenca arterial periferica|angina estavel`},
	{"hyperlipidemia", "cond", "", `hyperlipid\w*|dyslipid\w*|high cholesterol|hypercholesterol\w*|dislipidemi\w*|colesterol alto|hipercolesterolemi\w*`},
	{"smoker", "cond", "", `smok\w*|tobacco|cigarette\w*|pack.years?|tabagis\w*|fumante|fuma\b`},
	{"obesity", "cond", "", `obes\w*|\bbmi (3\d|4\d|5\d)`},
	{"aortic_dissection", "", "", `tearing|ripping pain|aortic dissection|dor (lancinante|em rasgo|rasgando)|dissecao (de|da) aorta`},
	{"mi_event", "", "", `heart attack|myocardial infarction|\bnstemi\b|\bacs\b|acute coronary|infarto|\biam\b|sindrome coronariana`},
	// --- neurological
	{"facial_droop", "", "", `fac(e|ial) (droop\w*|asymmetr\w*|weakness|palsy)|droop\w* (of the )?(face|mouth|smile)|(mouth|smile|face) (is )?droop\w*|crooked smile|uneven smile|desvio (de|da) (rima|comissura)( labial)?|paralisia facial|assimetria facial|boca torta|face caida|rosto torto`},
	{"arm_weakness", "", "", `(left|right|one)[- ]sided (weakness|numbness)|weakness (of|in) (the )?(left|right) (arm|leg|side|hand)|(left|right) (arm|leg|hand|side) (weakness|numbness|heaviness|paralysis)|(arm|limb) weakness|arm drift|hemipar\w*|hemipleg\w*|can'?t (lift|raise|move) (his|her|the|my) (left |right )?(arm|leg)|focal (neuro\w* )?(deficit|weakness)|fraqueza (no|na|em|do|de) (braco|perna|mao|lado|hemicorpo|dimidio)|perda de forca|diminuicao de forca|deficit (motor|focal|neurologico focal)|dormencia (no|na|em) (braco|perna|lado|metade|hemicorpo)|nao (consegue )?(levantar|mexer) o braco`},
	{"speech", "", "", `slurred speech|speech (difficult\w*|disturbance|problems?)|dysarthri\w*|aphasi\w*|word.finding|can'?t (speak|talk|find (the )?words)|trouble (speaking|talking)|garbled speech|fala (arrastada|enrolada|embolada|alterada|confusa)|dificuldade (para|de|pra) falar|disartri\w*|afasi\w*|nao consegue falar|alteracao (da|de|na) fala`},
	{"vision_loss", "", "", `(sudden )?(loss of vision|vision loss)|blind(ness)? in|double vision|diplopi\w*|visual field (loss|defect)|perda (de|da) visao|perda visual|visao dupla|amaurose|cegueira`},
	{"blurred_vision", "", "", `blurr\w* vision|visual disturbance\w*|vision changes|scotoma\w*|seeing (spots|flashing lights)|visao (turva|borrada|embacada)|escotomas?|alteracao visual|turvacao visual`},
	{"ataxia", "", "", `ataxi\w*|loss of balance|unsteady (gait|on (his|her) feet)|can'?t walk straight|desequilibrio|perda de equilibrio|marcha instavel`},
	{"headache", "", "", `headache|head ache|cephal(gia|algia)|migraine|dor de cabeca|cefaleia|enxaqueca`},
	{"thunderclap", "", "", `thunderclap|worst headache|worst (pain|headache) of (my|his|her) life|sudden(ly)? (severe|onset|explosive).{0,25}headache|headache.{0,60}(full strength|maximal|maximum|peak\w*) (within|in) (a|one|1|seconds|\d+ seconds)|(reached|peaked at) full (strength|intensity) within (a|one|1) (minute|second)|pior dor de cabeca da (minha |sua )?vida|cefaleia (subita|em trovoada|explosiva|thunderclap)|dor de cabeca (subita|explosiva)`},
	{"neck_stiffness", "", "", `(stiff|rigid) neck|neck (stiffness|rigidity)|meningism\w*|nuchal rigidity|kernig|brudzinski|rigidez (de|da) nuca|nuca rigida|sinais meningeos|meningismo`},
	{"seizure", "", "", `seizur\w*|convuls\w*|\bfits?\b|fitting|tonic.clonic|epileptic (attack|fit)|crise (convulsiva|epileptica|tonico.clonica)|ataque epileptico|estado de mal epileptico`},
	{"status_epilepticus", "", "", `status epilepticus|continuous seizure|(seizing|convuls\w*|seizures?) (for|lasting) (more than |over )?([5-9]|[1-9]\d) min|without regaining consciousness|recurrent seizures|repeated seizures|estado de mal|crise (continua|prolongada)|convulsoes? (repetidas|subentrantes)|sem recuperar a consciencia`},
	{"epilepsy", "cond", "", `epilep(sy|tic)|epilepsia|epileptic\w*`},
	{"confusion", "", "", `confus\w*|disorient\w*|altered (mental status|mentation)|delirium|not making sense|desorientad\w*|rebaixamento`},
	{"drowsy", "", "", `drows\w*|somnolen\w*|letharg\w*|very sleepy|hard to (wake|rouse)|obtunded|sonolen\w*|letargic\w*|dificil de acordar|torpor\w*|torporos\w*|sleepy|sonolent[ao]|molinh[oa]`},
	{"unresponsive", "", "", `unresponsive|unconscious|comatose|inconsciente|irresponsiv\w*|nao responsiv\w*|nao responde a estimulos`},
	{"head_injury", "", "", `head (injury|trauma|strike)|(hit|struck|banged|bumped) (his|her|the|my) head|blow to the head|scalp (laceration|ha?ematoma)|(occipital|frontal|parietal|temporal) (ha?ematoma|swelling|laceration)|trauma (craniano|cranioencefalico)|\btce\b|bateu a cabeca|batida (da|na|de) cabeca|pancada na cabeca|hematoma (occipital|frontal|parietal|temporal|no couro)`},
	{"fall", "", "", `\bfell\b|\bfall\b|tripped|queda|caiu`},
	{"paresthesia", "", "", `tingling|pins and needles|paraesthesi\w*|paresthesi\w*|formigamento|parestesi\w*`},
	{"dizziness", "", "", `dizz\w*|lightheaded\w*|light.headed|vertigo|tontura|vertigem`},
	{"tremor", "", "", `tremor\w*|shak(ing|y)|tremedeira`},
	// A focal deficit the text says has gone ("now back to normal",
	// "sintomas regrediram") versus one still present ("still slurred",
	// "déficit persiste"); NegEx handles "not back to normal", "no residual
	// weakness".
	{"deficit_resolved", "", "", `(now |is |are |has |have |was )?(back to (normal|baseline)|returned to (normal|baseline))|(fully|completely|totally|entirely) (resolved|recovered|settled|regressed)|resolved (completely|fully|spontaneously)|(symptoms|weakness|deficits?|speech|droop|numbness|it) (have |has |had )?(since |then |now )?(resolved|settled|gone|disappeared|recovered)|(sintomas|deficit|deficits|fraqueza|quadro|alteracoes) (ja )?(regrediram|regrediu|reverteram|reverteu|desapareceram|desapareceu|resolveram|resolveu|passaram)|regrediram|regressao (completa|total|espontanea)|reversao (completa|total)|(voltou|voltaram) ao normal|recuperacao (completa|total)|resolucao (completa|total|espontanea)`},
	{"deficit_persisting", "", "", `still (has |have |is |are )?(weak\w*|slurr\w*|numb\w*|droop\w*|aphasi\w*|dysarthri\w*|unable to)|persist\w* (\w+ )?(weakness|deficits?|aphasia|dysarthria|droop|hemiparesis|numbness)|(weakness|deficits?|aphasia|dysarthria|droop|symptoms) (persist\w*|ongoing|remain\w*)|residual (weakness|deficits?|dysarthria|aphasia|hemiparesis)|(deficit|fraqueza|afasia|disartria|desvio|hemiparesia|sintomas) (persiste\w*|mantid[oa]s?|residual)|ainda (com|apresenta|tem) (fraqueza|deficit|afasia|disartria|desvio|dificuldade)|fluctuat\w*|flutua\w*`},
	{"stroke_event", "", "", `stroke|\bcva\b|\btia\b|transient isch(a)?emic|\bavc\b|acidente vascular|\bait\b|ataque isquemico transitorio|derrame cerebral`},
	// --- respiratory
	{"cough", "", "", `cough\w*|tosse`},
	{"productive_cough", "", "", `productive cough|sputum|phlegm|tosse produtiva|catarro|expectoracao`},
	{"wheeze", "", "", `wheez\w*|chiado|sibil\w*|chiando`},
	{"asthma", "cond", "", `asthma\w*|asma\w*|bronquite asmatica|crise de asma|asthma attack|ataque de asma|broncoespasmo`},
	{"inhaler_failing", "", "", `reliever.{0,25}(only )?help\w* for|(reliever|inhaler|salbutamol|albuterol|bombinha).{0,20}(not|no longer) (help\w*|working|effective)|no relief from (inhaler|salbutamol|albuterol)|(bombinha|salbutamol|aerolin).{0,20}nao (ajuda|resolve|melhora)|sem melhora com (o )?(salbutamol|bombinha|aerolin)|(bombinha|inhaler|salbutamol|aerolin|spray|puffer).{0,20}(ajudando|aliviando|melhorando|resolvendo|adiantando) (muito )?pouco|(inhaler|puffer|salbutamol|ventolin).{0,20}(barely|hardly|only a little|not much) help\w*|(inhaler|puffer|salbutamol|ventolin).{0,20}not helping much`},
	{"life_threat_asthma", "", "", `silent chest|cyanos\w*|cyanotic|exhaust\w*|can'?t complete sentences|unable to (speak|complete sentences)|(speaking in|single) (single )?words|torax silencioso|cianose|cianotic\w*|exaust\w*|nao consegue (falar|completar frases)|palavras (isoladas|entrecortadas)|fala entrecortada`},
	{"full_sentences", "", "", `full sentences|speaking in full|frases completas`},
	{"copd", "cond", "", `\bcopd\b|emphysema|chronic bronchitis|\bdpoc\b|enfisema`},
	{"crackles", "", "", `crackles|crepitat\w*|rales|consolidation|bronchial breathing|crepita\w*|estertores|consolidacao`},
	{"absent_breath_sounds", "", "", `(absent|reduced|no|diminished) breath sounds|hyper.?resonan\w*|murmurio (vesicular )?(abolido|ausente|diminuido)|hipertimpanismo|\bmv abolido`},
	{"tracheal_deviation", "", "", `trache\w* (is )?deviat\w*|deviated trachea|desvio (de|da) traqueia|traqueia desviada`},
	{"jvd", "", "", `distended neck veins|\bjvd\b|raised jvp|jugular venous distension|turgencia jugular|estase jugular`},
	{"pneumothorax", "", "", `pneumothorax|pneumotorax`},
	{"pneumonia", "", "", `pneumonia|chest infection|lower respiratory (tract )?infection|\blrti\b|broncopneumonia|infeccao respiratoria baixa|\bpnm\b`},
	{"airway", "", "", `stridor|epiglottitis|epiglotite|throat (tightness|closing|swelling)|tight(ness in the)? throat|angioedema|angio.oedema|edema (de|da) glote|estridor|aperto na garganta|garganta fechando|fechamento da garganta|inchaco (na|da) garganta`},
	{"angioedema", "", "", `(tongue|lip|lips|facial|face) swelling|swelling (of|in) (the )?(lips?|tongue|face|throat)|swollen (lips?|tongue|face)|inchaco (na|da|nos|dos) (lingua|labios?|face|rosto)|edema (de|nos|dos) labios|labios inchados`},
	{"urticaria", "", "", `hives|urticaria|wheals|placas vermelhas|vergoes`},
	{"allergen_exposure", "", "", `after (eating|taking|a sting|being stung)|bee sting|wasp sting|peanuts?|tree nuts?|shellfish|apos (comer|ingerir|picada|tomar)|picada de (abelha|vespa|inseto)|amendoim|frutos do mar|camarao`},
	{"ent_deep_infection", "", "", `drooling|trismus|muffled voice|hot potato voice|uvula (is )?(deviat\w*|displaced|shifted)|peritonsillar|sialorreia|trismo|voz abafada|desvio (de|da) uvula|abscesso periamigdaliano|epiglotite`},
	// --- infection
	{"fever", "", "", `fever\w*|febrile|pyrex\w*|high temperature|rigors?|chills|febre|febril|calafrios?|hipertermia|temperatura alta`},
	{"sore_throat", "", "", `sore throat|throat pain|pharyngitis|tonsillitis|painful swallowing|odynophagia|dor de garganta|odinofagia|faringite|amigdalite|dor (para|ao) engolir`},
	{"tonsillar_exudate", "", "", `tonsillar exudate|exudat\w* (on|over) (the )?tonsils|exudative tonsil\w*|pus on (the )?tonsils|white patches on (the )?tonsils|exsudato (amigdaliano|tonsilar|nas amigdalas)|placas (de pus )?nas amigdalas|pus nas amigdalas|amigdalas com (pus|exsudato|placas)`},
	{"cervical_nodes", "", "", `(tender|swollen|enlarged|painful) (anterior )?(cervical )?(lymph )?(nodes|glands)|(anterior )?cervical (lymph)?adenopathy|linfonodos? (cervicais )?(anteriores )?(dolorosos|aumentados|palpaveis)|adenomegalia cervical|linfadenopatia cervical|ingua no pescoco`},
	{"rhinorrhea", "", "", `runny nose|rhinorr\w*|coryza|nasal congestion|blocked nose|stuffy nose|coriza|nariz entupido|congestao nasal|obstrucao nasal|rinorreia`},
	{"nonblanching_rash", "", "", `non.?blanching|petechia\w*|purpur\w*|spots .{0,30}(don'?t|do not|doesn'?t|does not) fade|glass test positive|petequi\w*|manchas que nao (somem|desaparecem)|nao desaparece\w* a (digito|vitro)pressao`},
	{"mottled", "", "", `mottl\w*|ashen|cold (hands and feet|peripheries|extremities)|pele mosqueada|livedo|extremidades frias|maos e pes frios`},
	{"pallor", "", "", `\bpale\b|pallor|palid\w*|palida|palido|descorad\w*`},
	{"meningitis", "", "", `meningitis|meningococc\w*|meningite|meningococ\w*`},
	{"sepsis", "", "", `sepsis|septic|sepse|septicemia|choque septico`},
	{"dysuria", "", "", `burning (when|on) (urinat\w*|passing urine|peeing)|dysuri\w*|painful urination|pain (when|on) (urinating|passing urine)|ardencia (ao|para) urinar|disuri\w*|dor (ao|para) urinar|ardor (ao|para) urinar|ardendo (ao|para) urinar`},
	{"urinary_frequency", "", "", `urinary frequency|frequency of urination|going (very )?often|polaciuri\w*|vontade de urinar (toda hora|frequente)|urgencia (urinaria|miccional)|urinary urgency`},
	{"flank_pain", "", "", `flank pain|loin pain|costovertebral (angle )?tenderness|\bcva tenderness|renal angle tenderness|dor (no|em) flanco|giordano positivo|punho.percussao (lombar )?positiva|dor lombar (a|com) punho`},
	{"renal_colic", "", "", `renal colic|kidney stones?|ureteric (colic|stone)|loin to groin|(flank|loin) pain radiating to (the )?groin|colica (renal|nefretica)|calculo (renal|ureteral)|pedra no rim|nefrolitiase|urolitiase|(loin|flank|side|back) .{0,40}(to|into|towards?|down to|radiating to) (the |his |her |my )?groin|(lombar|flanco|costas) .{0,40}(para|ate|pra|irradiando para) (a )?virilha|comes? (and goes )?in waves|colicky (loin|flank|side)|dor (lombar|no flanco|nas costas) em colica|em colica .{0,40}virilha`},
	{"cellulitis", "", "", `cellulitis|erysipelas|spreading redness|(red|erythematous),? (hot|warm) (and )?(swollen )?(leg|arm|skin)|celulite|erisipela|vermelh\w*,? quente e inchad\w*|eritema .{0,20}(quente|calor)|lymphangitis|red (streaks?|lines?) (going |tracking |spreading )?up|(infected|inflamed) (bite|wound|cut)|linfangite|estrias vermelhas|ferida infectada|mordida infectada`},
	{"necrotizing", "", "", `pain out of proportion|crepitus|necrotizing fasciitis|necrotising|bullae|fasceite necrotizante|dor desproporcional|bolhas hemorragicas`},
	{"chemotherapy", "cond", "", `chemotherap\w*|neutropeni\w*|quimioterapi\w*|\bquimio\b`},
	{"immunosuppressed", "cond", "", `immunosuppress\w*|immunocompromis\w*|transplant|\bhiv\b|\baids\b|imunossupr\w*|imunodeprimid\w*|transplantad\w*`},
	{"travel", "", "", `returned from|recent travel|travel(l)?ed to|malaria|voltou de viagem|viagem recente|viajou para`},
	{"travel_medicine", "", "", `travel (advice|vaccin\w*|clinic|medicine|consultation)|before (a |his |her |the )?(trip|travel)|pre.?travel|vacina\w* (para|antes d[ae]) (a )?viagem|orienta\w* (para|de|sobre) viagem|medicina do viajante|consulta do viajante|vacina (de|da|contra) febre amarela`},
	{"uti_signs", "", "", `nitrites? (\+|positive|pos\b)|nitrites?:? \+|leu[ck]ocyte esterase|urine dipstick:? nitrit\w*|pyuria|cloudy urine|foul.smelling urine|nitrito positivo|nitritos? \+|leucocituria|piuria|urina turva|urina com cheiro forte|eas alterado`},
	// --- gastrointestinal
	{"abdominal_pain", "", "", `abdominal (pain|cramp\w*|tenderness)|belly (pain|ache)|stomach (pain|ache)|tummy ache|pain in (the )?(abdomen|belly|stomach)|epigastric (pain|discomfort)|(lower|upper|right|left) (quadrant|abdomen|abdominal) pain|(right|left) (lower|upper) (quadrant|abdomen)|\b(rlq|ruq|llq|luq)\b|\bcramps\b|belly button|dor abdominal|dor (na|no|de) barriga|dor (no|em|na) (estomago|abdome|abdomen|epigastrio|hipocondrio|fossa iliaca|hipogastrio|baixo ventre)|colica (abdominal|intestinal)|epigastralgia|dor.{0,20}(no|do|em) lado (esquerdo|direito) (do abdome|da barriga)|dor abdominal`},
	{"dyspepsia", "", "", `dyspeps\w*|indigestion|heartburn|acid reflux|\breflux\b|\bgo?rd\b|burning (pain |sensation )?in (the |my |her |his )?(upper )?(tummy|stomach|belly)|epigastric burning|dispepsia|\bazia\b|queimacao (no|do|na) (estomago|boca do estomago|peito)|refluxo|ma digestao|\bdrge\b`},
	{"gastroenteritis", "", "", `tummy bug|stomach bug|gastroenteritis|gastro.?enteritis|food poisoning|gastroenterite|virose (intestinal|gastrointestinal)|intoxicacao alimentar`},
	{"rlq_pain", "", "", `right lower (quadrant|abdomen)|\brlq\b|right iliac fossa|\brif\b|mcburney|fossa iliaca direita|\bfid\b|quadrante inferior direito`},
	{"pain_migration", "", "", `(belly button|umbilic\w*|periumbilical|central abdomen).{0,60}(moved|migrat\w*|shift\w*) to|(moved|migrat\w*) to the (right lower|rlq|right iliac)|(umbigo|periumbilical|regiao central).{0,60}(migrou|foi para|passou para)|migrou para (a )?fossa iliaca`},
	{"peritonism", "", "", `rebound|guarding|peritonism|peritonitis|rigid abdomen|board.like|descompressao (brusca )?(dolorosa|positiva)|dor a descompressao|blumberg|defesa (abdominal|muscular)|abdome em tabua|peritonismo|irritacao peritoneal|peritonite`},
	{"rovsing", "", "", `rovsing|psoas sign|obturator sign|sinal de rovsing|sinal do psoas`},
	{"anorexia", "", "", `no appetite|loss of appetite|anorexi\w*|off (his|her) food|sem apetite|inapetencia|falta de apetite|perda de apetite`},
	{"diarrhea", "", "", `diarrh\w*|loose stools|watery stools?|diarreia|fezes (liquidas|amolecidas)|evacuacoes liquidas`},
	{"hematemesis", "", "", `vomit\w* (up )?(blood|fresh blood)|ha?ematemesis|coffee.grounds?|hematemese|vomit\w* (com )?sangue|vomitando sangue|borra de cafe`},
	{"melena", "", "", `mela?ena|black,? (tarry )?stools?|tarry stools?|melena|fezes (pretas|escurecidas|enegrecidas)|black (poo|poop|stools?|motions|bowel motions)|dark,? tarry|coco preto|fezes (cor de borra|escuras|negras)`},
	{"rectal_bleeding", "", "", `blood on (the )?(toilet )?(paper|tissue)|sangue (vermelho vivo )?(no|ao) (papel|limpar|evacuar)|sangue vermelho vivo|blood in (the )?stools?|rectal bleeding|bloody (stools?|diarrh\w*)|bright red blood|ha?ematochezia|sangue nas fezes|sangramento retal|enterorragia|hematoquezia|diarreia com sangue|fezes com sangue`},
	{"liver_disease", "cond", "", `cirrhosis|liver disease|hepatic (failure|impairment|disease)|oesophageal varices|esophageal varices|cirrose|hepatopatia|doenca hepatica|varizes esofagicas|insuficiencia hepatica`},
	{"jaundice", "", "", `jaundic\w*|yellow (skin|eyes)|icter\w*|(pele|olhos|escleras?) amarelad\w*`},
	{"dehydration", "", "", `dehydrat\w*|dry (mouth|mucous membranes|lips)|sunken (eyes|fontanelle)|no wet nappies|reduced urine( output)?|decreased urine|not drinking|poor (oral )?intake|unable to keep (fluids|anything) down|can'?t keep (fluids|anything) down|desidrat\w*|boca seca|mucosas secas|olhos fundos|fontanela deprimida|diurese (reduzida|diminuida)|urinando pouco|nao aceita (liquidos|agua)|vomita tudo|fraldas secas|fewer wet nappies|fewer wet diapers|fraldas menos molhadas|menos fraldas molhadas|urinando (bem )?menos`},
	{"tolerating_fluids", "", "", `drinking (fluids )?well|tolerating (oral )?fluids|tolerating fluids|passing urine normally|good oral intake|swallowing fluids|aceitando (bem )?(liquidos|dieta|agua)|bebendo bem|boa aceitacao|hidratad[oa]`},
	{"bowel_obstruction", "", "", `bowel obstruction|not passing (gas|flatus|wind|stool)|no flatus|obstipation|abdominal distension|distended abdomen|feculent|obstrucao intestinal|parada de eliminac\w*|sem eliminar (gases|flatos)|distensao abdominal|abdome distendido`},
	{"biliary", "", "", `murphy'?s sign|cholecystitis|biliary colic|gallstones?|sinal de murphy|colecistite|colica biliar|calculo (na vesicula|biliar)|colelitiase`},
	{"mucositis", "", "", `mouth ulcers|oral ulcers|mucositis|stomatitis|aftas|ulceras (orais|na boca)|mucosite|estomatite`},
	{"bruising", "", "", `bruis\w*|ecchymos\w*|bleeding gums|gum bleeding|equimos\w*|manchas roxas|roxos|gengivorragia|sangramento (na|da|nas) gengivas?`},
	// --- renal / urinary
	{"oliguria", "", "", `anuri\w*|oliguri\w*|not passed urine|no urine output|little urine|reduced urine output|sem urinar|nao urina|diurese diminuida|pouca urina`},
	{"hematuria", "", "", `ha?ematuria|blood in (the )?urine|hematuria|sangue na urina|urina com sangue`},
	{"ckd", "cond", "", `chronic kidney disease|\bckd\b|renal (failure|impairment|insufficiency)|dialysis|doenca renal cronica|\bdrc\b|insuficiencia renal|dialise|hemodialise|\birc\b`},
	{"urinary_retention", "", "", `urinary retention|unable to (pass urine|urinate)|can'?t (pee|urinate)|can'?t pass (urine|water)|cannot pass (urine|water)|bladder scan (of |showed |shows )?([4-9]\d\d|[1-9]\d{3}) ?ml|(post.?void (residual|volume)|residual volume|pvr) (of )?([4-9]\d\d|[1-9]\d{3}) ?ml|residuo pos.?miccional (de )?([4-9]\d\d|[1-9]\d{3})|retencao urinaria|nao consegue urinar|bexigoma`},
	{"rhabdo", "", "", `rhabdomyoly\w*|rabdomiolise|myoglobinuria|mioglobinuria|(cola|coca.cola|tea|dark brown)[- ]colou?red urine|urine (the colou?r of|like) (cola|coca.cola|tea)|urina (cor de|escura como|parecendo) (coca|coca.cola|cha|cafe)`},
	{"muscle_pain", "", "", `myalgi\w*|muscle (pain|aches?|tenderness|weakness)|(aching|weak|sore) (thighs|muscles|shoulders)|mialgi\w*|dor(es)? muscular\w*|fraqueza muscular`},
	{"ibd", "", "", `crohn\w*|ulcerative colitis|inflammatory bowel disease|\bibd\b|retocolite|colite ulcerativa|doenca inflamatoria intestinal|\bdii\b`},
	{"haemorrhoids", "", "", `ha?emorrhoid\w*|hemorroid\w*|\bpiles\b|anal fissure|fissura anal`},
	// --- endocrine
	{"polydipsia", "", "", `thirst\w*|polydips\w*|drinking a lot|\bsede\b|polidipsi\w*|muita sede`},
	{"polyuria", "", "", `polyuri\w*|urinat\w* (a lot|frequently|more)|passing (a lot of|large amounts of) urine|peeing a lot|poliuri\w*|urinando (muito|bastante)|urina (muito|bastante)`},
	{"kussmaul", "", "", `kussmaul|deep (and )?(rapid|fast|sighing) breath\w*|breathing deep and fast|air hunger|fruity breath|ketotic breath|acetone (breath|smell)|respiracao (profunda|acidotica|de kussmaul)|halito (cetonico|de fruta)|cheiro de acetona`},
	// A hypoglycaemic episode (now or earlier today), not "hypoglycaemia
	// awareness" or "no hypoglycaemia".
	{"hypo_episode", "", "", `(hypo|hypoglyc\w*) (episode|attack|this morning|last night|yesterday|overnight|earlier)|episodes? of hypoglyc\w*|(had|has had) (a |an |two |several )?(hypos?|hypoglyc\w*)|episodios? de hipoglicemi\w*|hipoglicemia (hoje|ontem|pela manha|de madrugada|noturna|esta manha)|(teve|apresentou) (uma |um |episodio de )?hipoglicemia|(glucose|sugar|glicemia|glicemia capilar|bm|hgt|dextro) (of |was |de |foi |em )?([1-4]\d|5[0-3]) mg`},
	{"hypoglycemia_sx", "", "", `hypoglyc\w*|low (blood )?sugar|hipoglicemi\w*|glicemia baixa|acucar baixo`},
	{"weight_loss", "", "", `weight loss|lost (\d+ ?kg|weight)|losing weight|perda de peso|emagrec\w*|perdeu (\d+ ?kg|peso)`},
	{"thyroid", "cond", "", `thyroid|hyperthyroid\w*|hypothyroid\w*|graves|tireoid\w*|tiroid\w*|hipertireoid\w*|hipotireoid\w*`},
	// --- obstetrics / gynaecology
	{"pregnancy", "", "", `pregnan\w*|\d+ weeks? (of )?(gestation|pregnant|pregnancy)|gestational age|\bg\d ?p\d|gravid\w*|primigravida|multigravida|antenatal|expecting a baby|positive pregnancy test|gestante|gestacao|semanas de (gestacao|gravidez|idade gestacional)|teste de gravidez (de farmacia )?positivo|beta.?hcg positivo|pre.?natal|gravida|g\d{1,2} ?(p\d{1,2} ?)?(a\d{1,2} ?)?(com|at|de|a|,)? ?\d{1,2} ?(\+ ?\d ?)?(semanas|sem|weeks|wks)\b|idade gestacional|\big:? ?\d{1,2} ?(s|sem|semanas)\b|\d{1,2} ?(semanas|weeks) (e \d dias )?de (gravidez|gestacao)|weeks pregnant|semanas de gestante`},
	{"missed_period", "", "", `missed (period|menses)|late period|amenorrh\w*|atraso menstrual|amenorreia|menstruacao atrasada|nao menstrua`},
	{"postpartum", "", "", `postpartum|post.partum|after (giving birth|delivery)|gave birth|puerper\w*|pos.parto|parto ha`},
	{"vaginal_bleeding", "", "", `vaginal bleed\w*|bleeding (per vagina|from the vagina)|\bpv bleed\w*|spotting|heavy (periods?|menstrual bleeding)|menorrhagi\w*|sangramento (vaginal|transvaginal)|perda de sangue (pela vagina|vaginal)|metrorragi\w*|hemorragia vaginal|sangrando pela vagina`},
	{"reduced_fetal_movements", "", "", `reduced fetal movements?|(baby|fetus) (moving|kicking) less|decreased fetal movements?|fewer (fetal )?movements|less fetal movement|(bebe|feto) mexendo menos|diminuicao dos movimentos fetais|movimentos fetais (diminuidos|reduzidos)|nao sente o bebe mexer|(bebe|feto) (parou de mexer|nao mexe)`},
	{"rom", "", "", `leaking fluid|waters (broke|have broken)|rupture of (the )?membranes|gush of fluid|perda de liquido|bolsa (rompeu|rota)|rotura (de|das) membranas|(saiu|saindo|perdendo|escorreu|escorrendo|vazando) (um |uma |muito |pouco )?(liquido|agua)|liquido (claro )?(pela|saindo da) vagina|molhou a calcinha|fluid (leaking|gushing|trickling) from (the )?vagina|waters? (went|have gone|has gone|broke)|membranes? ruptured|bolsa (estourou|rompida)`},
	{"contractions", "", "", `contractions|labou?r pains?|contrac(ao|oes)|trabalho de parto`},
	{"preeclampsia", "", "", `pre.?eclampsia|eclampsia|\bhellp\b|proteinuria|urine protein [1-4]\+|protein(uria)? [1-4]\+|proteina na urina|proteinas na urina`},
	{"ectopic", "", "", `ectopic|ectopica|gravidez tubaria`},
	{"pelvic_pain", "", "", `pelvic pain|lower abdominal pain|dor pelvica|dor no baixo ventre|dor em baixo ventre`},
	{"estrogen", "", "", `oral contracepti\w*|contraceptive pill|combined pill|\bthe pill\b|hormone replacement|\bhrt\b|o?estrogen|anticoncepcional|pilula|contraceptivo oral|reposicao hormonal|terapia hormonal`},
	// --- psychiatry
	{"suicidal", "", "", `suicid\w*|cut(ting)? (my|his|her|their)(self|selves)?( own)? (arms?|wrists?|legs?|thighs?|skin)|cutting (myself|herself|himself)|(not|never) want(ing)? to wake up|(don'?t|doesn'?t) want to wake up|wish(es|ed)? (i|he|she) (was|were) dead|passive (suicidal )?(thoughts|ideation)|passive (thoughts|wish\w*) (of|about) (death|dying)|better off (dead|not waking up|not being here)|pensamentos? passivos? de morte|ideacao (suicida )?passiva|(seria|estaria) melhor (nao acordar|morrer|estar mort[oa]|nao estar (mais )?aqui)|desejo de (morrer|nao acordar)|vontade de morrer|(nao )?queria (mais )?(morrer|nao acordar)|se cortou|cortou (os |o |a |as )?(bracos?|pulsos?|pernas?)|cortando (os |o )?(bracos?|pulsos?)|nao (queria|quer) (mais )?acordar|kill (myself|himself|herself)|end (my|his|her) (own )?life|want(s|ed)? to die|self.?harm\w*|hurt(ing)? (myself|himself|herself)|better off dead|thoughts of (dying|death)|se matar|me matar|tirar a (propria )?vida|acabar com a (propria )?vida|vontade de morrer|quer morrer|autolesao|automutila\w*|ideacao suicida|(sleep and )?not wake up|nao acordar mais|sumir para sempre`},
	// Passive death wishes (also "suicidal"): thoughts of being better off
	// dead or not waking up, as opposed to thoughts of killing oneself.
	{"suicide_passive", "", "", `passive (suicidal )?(thoughts|ideation)|passive (thoughts|wish\w*) (of|about) (death|dying)|better off (dead|not waking up|not being here)|(not|never) want(ing)? to wake up|(don'?t|doesn'?t) want to wake up|wish(es|ed)? (i|he|she) (was|were) dead|pensamentos? passivos? de morte|ideacao (suicida )?passiva|(seria|estaria) melhor (nao acordar|morrer|estar mort[oa]|nao estar (mais )?aqui)|desejo de (morrer|nao acordar)|vontade de morrer|(nao )?queria (mais )?(morrer|nao acordar)`},
	// An act of self-harm (also "suicidal"): recent self-harm is a same-day
	// assessment even when the ideation is passive (NICE NG225).
	{"self_harm_act", "", "", `cut(ting)? (my|his|her|their)(self|selves)?( own)? (arms?|wrists?|legs?|thighs?|skin)|cutting (myself|herself|himself)|self.?harm\w*|hurt(ing)? (myself|himself|herself)|(burn|burnt|burned) (myself|himself|herself)|se cortou|cortou (os |o |a |as )?(bracos?|pulsos?|pernas?)|cortando (os |o )?(bracos?|pulsos?)|se machucou de proposito|autolesao|automutila\w*|tentativa de suicidio|tentou (se matar|suicidio)|(suicide )?attempt(ed)? (suicide|to kill)|overdosed`},
	{"suicide_plan", "", "", `(has|a|specific|detailed) plan|plann(ed|ing) to|intends? to|intent\w*|(wrote|written|left) a (suicide )?(note|letter)|goodbye (note|letter|messages?)|stockpil\w*|(bought|has|got) a (rope|gun|firearm)|access to (a )?(gun|firearm|pills|medication)|plano (de|para)|plano (suicida|concreto|estruturado)|planej\w*|intencao( suicida| de (morrer|se matar))?|carta de despedida|juntando (remedios|comprimidos)|comprou (uma )?(corda|arma)|acesso a arma`},
	{"overdose", "", "", `overdose|(took|swallowed|ingested) (([6-9]|[1-9]\d|\d{3})|a handful|all|many|a bottle|several|an entire|the whole)( of)?( \w+){0,3} (tablets|pills|packs?|capsules|boxes)|(tomou|engoliu) (([6-9]|[1-9]\d|\d{3})|varios|varias|muitos|muitas|uma cartela|todos|todas|uma caixa)( \w+){0,3} (comprimidos|capsulas|cartelas|caixas)|ingest(ed|ion)|poison\w*|suicide attempt|attempted suicide|intoxica\w*|ingeriu (([6-9]|[1-9]\d|\d{3})|varios|muitos|uma cartela|todos|cartela)|tentativa de suicidio|tentou se matar|envenenamento|(took|swallowed|ingested|taken|had) (a load|loads|lots|a lot|a bunch|a handful|handfuls|a fistful|(a|the) whole (bottle|box|pack|packet|strip)|an entire (bottle|box|pack|packet|strip)|all (of )?(her|his|my|the) (tablets|pills|medication)|([1-9]\d|\d{3}))\b.{0,40}\b(tablets|pills|capsules|caps|tabs|blister packs?|packs|packets|boxes|bottles?)|empty (blister )?(packs|packets|bottles|boxes|pill bottles)|(tomou|engoliu|ingeriu) (uma|duas|tres|varias|todas as|todos os|um monte de|muitos|muitas) (cartelas?|caixas?|frascos?)|(tomou|engoliu|ingeriu) (uma |a )?(cartela|caixa|frasco) inteir[ao]|(tomou|engoliu|ingeriu) ([1-9]\d|\d{3}) (comprimidos|capsulas|cps|cp)|cartelas vazias|caixas vazias|(took|swallowed|ingested|taken|tomou|engoliu|ingeriu) ([1-9]\d|\d{3}) ?(x|times|vezes) ?\d+ ?(mg|g|mcg)|(took|swallowed|ingested|tomou|engoliu|ingeriu) ([1-9]\d|\d{3}) ?(g|grams|gramas)\b|([1-9]\d|\d{3}) ?(g|grams|gramas) (total|in total|no total|de paracetamol|of paracetamol)`},
	{"psychosis", "", "", `hallucinat\w*|hearing voices|voices (telling|commanding)|command hallucinations|paranoi\w*|delusion\w*|psychos[ie]s|psychotic|alucina\w*|ouvindo vozes|ouve vozes|vozes (que|mandando)|paranoi\w*|delirio\w*|psicose|psicotic\w*|surto`},
	{"agitation", "", "", `agitat\w*|aggress\w*|violent|combative|threaten\w*|agitad\w*|agressiv\w*|violent\w*|ameac\w*`},
	{"homicidal", "", "", `homicid\w*|kill (someone|him|her|them|others|his|people)|harm (others|someone)|matar (alguem|ele|ela|outros|pessoas)`},
	{"depression", "", "", `depress\w*|low mood|anhedoni\w*|hopeless\w*|tristeza|humor deprimido|anedoni\w*|desesperan\w*`},
	{"anxiety", "", "", `anxi\w*|panic|going to die|ansiedade|ansios\w*|panico|vou morrer`},
	{"insomnia", "", "", `insomnia|difficulty (falling|staying) asleep|can'?t sleep|trouble sleeping|poor sleep|insonia|dificuldade (para|de|pra) dormir|nao consegue dormir|sono ruim`},
	{"mania", "", "", `\bmanic\b|\bmania\b|grandios\w*|no need for sleep|pressured speech|euforia|fala acelerada|sem necessidade de dormir|racing thoughts|(hasn'?t|has not|not) slept (for|in) (\d+|two|three|four|five|several) (nights|days)|spending (spree|sprees|lots of money)|spent all (his|her|their) money|talking (non.?stop|very fast|constantly)|sem dormir ha (\d+|duas|tres|quatro|cinco|varias) (noites|dias)|falando (sem parar|muito rapido|demais)|gastou todo o dinheiro|gastando (muito|compulsivamente)|pensamentos acelerados|agitacao psicomotora|episodio maniaco|hipomania\w*`},
	{"clonus", "", "", `clonus|hyperreflexi\w*|myoclon\w*|muscle jerks|jerking|hypertonia|muscle rigidity|clonia|hiperreflexi\w*|mioclon\w*|abalos musculares|rigidez muscular`},
	{"withdrawal", "", "", `withdrawal|delirium tremens|\bdts\b|abstinencia`},
	{"eating_disorder", "cond", "", `anorexia nervosa|bulimi\w*|eating disorder|purging|self.induced vomiting|laxative (abuse|misuse)|transtorno alimentar|vomitos? provocados?|uso abusivo de laxantes`},
	// --- musculoskeletal
	{"back_pain", "", "", `(low(er)? )?back pain|lumbago|lumbar pain|sciatica|dor (nas|na) (costas|lombar)|lombalgia|lombociatalgia|ciatica|dor lombar`},
	{"cauda_equina", "", "", `saddle (an(a)?esthesia|numbness)|bladder (or bowel )?(dysfunction|retention|incontinence)|new (urinary|faecal|fecal) incontinence|(faecal|fecal) incontinence|bilateral (leg )?(sciatica|weakness|numbness)|perineal numbness|(reduced|decreased|absent|loss of|altered|diminished) (perianal|perineal|saddle) (sensation|sensibility|pinprick)|perianal (numbness|anaesthesia|anesthesia)|numb(ness)? between (the |my |his |her )?legs|cauda equina|anestesia em sela|dormencia (perineal|em sela)|incontinencia (urinaria|fecal)|alteracao (vesical|esfincteriana)|cauda equina|(perdeu|perda d[ae]|sem|diminuicao d[ae]|alteracao d[ae]) (a )?sensibilidade .{0,30}(anus|perine\w*|genita\w*|nadegas|regiao (genital|perineal|anal)|sela)|(anus|perineo|regiao perineal|genitais) dormente|dormencia .{0,20}(anus|perine\w*|genita\w*|nadega\w*)|fraqueza (nas|em ambas as|nas duas) pernas|numb(ness)? (around|in|of) (the |his |her |my )?(bottom|anus|back passage|genitals|perineum|buttocks)|can'?t feel (my |his |her )?(bottom|anus|genitals)|numb .{0,12}down below|weakness (in|of) both legs`},
	{"injury", "", "", `injur\w*|trauma\w*|twist\w*|sprain\w*|rolled (my|his|her|the)|went over on|landed on|kicked|crushed|jammed|machuc\w*|pisou em falso|virou o pe|\bfell\b|\bfall\b|accident|collision|crash|hit by|tackle\w*|\bmva\b|\brta\b|\bmvc\b|inversion|torceu|torcao|entorse|queda|caiu|acidente|colisao|atropel\w*|pancada|lesao`},
	{"deformity", "", "", `deformit\w*|deformed|bone (visible|sticking out|protruding)|open fracture|angulat\w*|misshapen|deformidade|fratura exposta|osso exposto`},
	// Open (compound) fracture: bone through the skin (BOAST 4).
	{"open_fracture", "", "", `bone (is )?(visible|exposed|sticking out|protruding|poking (out|through))|open (tibial |femoral |forearm )?fracture|compound fracture|fratura exposta|osso (exposto|aparecendo|para fora)|exposicao ossea`},
	// Stone already passed: the colic is over.
	{"stone_passed", "", "", `(stone|calculus|calculo|pedra) (has |was |had )?(since )?(passed|expelled|eliminad[oa]|expelid[oa]|saiu)|passed (the |a |his |her )?(kidney |renal )?stone|eliminou (o |a )?(calculo|pedra)`},
	// A finding reported on imaging done for something else.
	{"incidental_finding", "", "", `incidental(ly)?( finding| note?d| found)?|found incidentally|incidentaloma|bosniak|fleischner|achado (incidental|acidental|de imagem)|achad[oa] (incidentalmente|acidentalmente|em (ultrassom|ultrassonografia|usg|tomografia|tc|ressonancia|rm|radiografia|raio.x))|(ultrassom|ultrassonografia|usg|tomografia|tc|ressonancia|radiografia) (de rotina )?(de abdome |abdominal |de torax |toracica )?(mostrou|evidenciou|revelou|identificou)`},
	{"fracture", "", "", `fracture\w*|broken (bone|arm|leg|wrist|hip|ankle)|fratur\w*|quebrou`},
	{"non_weight_bearing", "", "", `unable to (bear weight|walk|weight.?bear|stand|put weight)|(can'?t|cannot|can not|could not|couldn'?t) (bear weight|walk|put (any )?weight|stand|weight.?bear)|non.weight.bearing|inability to bear weight|nao consegue (apoiar|andar|pisar|deambular|ficar de pe)|incapaz de (apoiar|andar)`},
	{"bears_weight", "", "", `walked (\d+|four|a few) steps|able to (bear weight|walk)|(fully )?weight.?bearing|walks? unaided|walked .{0,15}unaided|bears weight|deambula\w*|consegue (andar|apoiar|pisar)|apoia o pe`},
	{"bony_tenderness", "", "", `(bony|bone) tenderness|tender(ness)? (at|over|of) .{0,40}(malleol\w*|(5th|fifth) metatarsal|navicular)|malleolar (bony )?tenderness|dor a palpacao (do|no|de|da) (maleolo|navicular|base do (quinto|5o) metatarsiano)`},
	{"hot_joint", "", "", `(hot|warm),? (red,? )?swollen (joint|knee|ankle|hip|wrist|elbow)|swollen,? (hot|warm|red) (joint|knee|ankle)|septic arthritis|joint (swelling|effusion)|articulacao (quente|inchada|edemaciada)|joelho (quente|inchado)|artrite septica|derrame articular`},
	{"joint_pain", "", "", `(knee|knees|hip|shoulder|joint|ankle|wrist|elbow|neck) pain|arthralgi\w*|osteoarthritis|arthritis|morning stiffness|gout|dor (no|na|nos|nas) (joelhos?|quadril|ombros?|articula\w*|tornozelos?|punhos?|cotovelos?)|artralgi\w*|artrose|osteoartrite|artrite|gota|pain (in|on|at) (the |my |his |her )?((left|right|both) )?(knees?|hips?|shoulders?|ankles?|wrists?|elbows?|joints?)|(shoulder|knee|hip) (hurts|is (sore|painful))`},
	{"limb_ischemia", "", "", `pulseless|cold (pale )?(limb|foot|leg)|no (pedal )?pulses?|compartment syndrome|sem pulso|membro frio|sindrome compartimental`},
	{"hip_fracture_sign", "", "", `shortened and externally rotated|externally rotated|encurtamento e rotacao externa|rotacao externa`},
	// Hip or groin pain, for the occult hip fracture rule after a fall (NICE CG124).
	{"hip_pain", "", "", `(hip|groin) (pain|ache|aching)|pain (in|on|over|at|around) (the |his |her |my )?((left|right) )?(hip|groin)|hip (hurts|is painful|is sore)|dor (no|na|em|de) (quadril|virilha|anca)|quadril (doloroso|doendo|dolorido)`},
	{"testicular", "", "", `(testicular|scrotal|testis) pain|testicular torsion|torsion|pain (in|on) (the |his |my )?((left|right) )?(testicle|testis|scrotum)|(testicle|scrotum|testiculo|escroto) (pain|dolorid[oa])|dor (no|na) (testiculo|escroto|bolsa escrotal)|dor (testicular|escrotal|no testiculo)|torcao testicular|dor (subita |forte |intensa |aguda )?(no|nos) (saco|testiculos?|escroto|bolsa)|testiculos? .{0,30}(doloros\w*|dolorid\w*|inchad\w*)|(testicle|testis|scrotum|balls?) .{0,20}(pain\w*|sore|tender|swollen)|pain (in|on) .{0,20}(testicle|testis|scrotum|balls)`},
	// --- general / context
	{"routine", "", "", `routine|due for (a |an |her |his |the )?(pap|smear|screening|vaccin\w*|check|review|booster)|wants? to (start|begin|discuss) (the |a )?(pill|contracepti\w*|birth control)|feeling well|at (his |her |their )?(usual )?baseline|(quit|stop|stopping|quitting) smoking|smoking cessation|parar de fumar|cessacao do tabagismo|(copd|asthma|diabetes|diabetic|hypertension|bp|blood pressure|thyroid|inr|warfarin|anticoagulation|medication|annual|chronic disease|lithium|epilepsy|heart failure|dpoc|asma|diabetes|tireoide|pressao) (review|check|monitoring|follow.?up|revisao|controle|acompanhamento)|sentindo.se bem|check.?up|annual (exam\w*|physical|visit|review|check)|well.?(child|baby)|health check|screening|(prescription|medication|repeat) refills?|refill (request|of)|needs? (a )?refill|(here |came |comes |attends )?for (a |an |her |his |their |the )?(\w+ ){0,2}refills?|(wants?|requests?|needs?) (a |an |her |his |their |the )?(\w+ ){1,2}refills?|(statin|inhaler|insulin|medicine|tablet|pill|blood pressure|bp|script|contracepti\w*)s? refills?|repeat prescriptions?|medication review|(due|for|pre.?school|routine|scheduled) (vaccin\w*|immuni[sz]\w*)|vaccines? (due|visit)|preventive|no complaints|asymptomatic|wants advice|(wants?|would like|here|came|requests?) to (discuss|talk about|review) (\w+ ){0,3}(prevention|prophyla\w*|preventive (treatment|medication|options))|(quer|deseja|gostaria de|veio) (discutir|conversar sobre|avaliar) (\w+ ){0,3}(prevencao|profilaxia|tratamento (profilatico|preventivo))|advice (about|on|regarding)|requests? (a )?(referral|prescription)|wants a (physiotherapy )?referral|certificate|well.woman|rotina|consulta (anual|de acompanhamento|periodica)|exames? (de rotina|periodicos?)|puericultura|renova(cao|r) (de |da |a )?receita|receita (de uso continuo|controlada)|\bretorno\b|acompanhamento|(para|de rotina|do calendario) vacina\w*|vacina\w* de rotina|preventiv\w*|sem queixas|assintomatic\w*|encaminhamento|atestado|(wants?|would like|came|here|requests?) (to have |to get )?(\w+ ){0,3}(checked|tested|screened|measured)|(blood|cholesterol|lipid|thyroid|kidney|renal|liver|bone|lithium|level) (tests?|checks?|panel|function|monitoring|review)( follow.?up| monitoring| check)?|booking (appointment|visit|bloods)|antenatal booking|(development|developmental|growth) (check|review)|\bmonitoring\b|results? (review|follow.?up)|(quer|querendo|veio) (mostrar|ver|saber|trazer|buscar) (o |os )?(resultados?|exames?)|mostrar (o |os )?(resultados?|exames?)|resultado d[aoe]s? (exames?|densitometria|ultrassom|mamografia)|(controle|seguimento) (d[aoe]s? )?(\w+ ){0,2}(sem queixas|de rotina)|(controle|seguimento) (do|da|de) (litio|diabetes|hipotireoidismo|pressao|tireoide|has|dm)|consulta de pre.?natal|pre.?natal de rotina|travel (advice|vaccin\w*|clinic|consultation)|pre.?travel|pre.?op\w* (assessment|evaluation|clinic|check|review|consultation)|(fit|cleared|optimi[sz]ed) for (elective )?(surgery|anaesthesia|anesthesia|the procedure)|listed for (an )?elective|elective (surgery|procedure|operation)|avaliacao pre.?operatoria|consulta pre.?operatoria|risco cirurgico|cirurgia eletiva`},
	{"cancer", "cond", "", `cancer|malignan\w*|tumou?r|metasta\w*|carcinoma|lymphoma|leuka?emia|myeloma|neoplas\w*|linfoma|leucemia|mieloma`},
	{"recent_surgery", "", "", `post.?op\w*|(after|following|since) (his |her )?(surgery|operation|arthroplasty|replacement)|(surgery|operation|arthroplasty|replacement) .{0,25}(\d+|two|three) (days?|weeks?) ago|recent (surgery|operation)|pos.?operatorio|cirurgia (recente|ha \d+)|artroplastia|operou ha`},
	{"immobilization", "", "", `immobili[sz]\w*|bed.?bound|bedridden|long.haul|long (flight|car journey|bus (ride|journey|trip))|\d+.hour (flight|drive|bus)|plaster cast|imobiliza\w*|acamad\w*|viagem longa|voo (longo|de \d+ horas)|gesso`},
	{"vte_event", "", "", `pulmonary embol\w*|\bvte\b|blood clots?|venous thromboembol\w*|embolia pulmonar|\btep\b|tromboembolismo|trombose`},
	{"vte_event", "", "en", `\bpe\b`},
	{"bleeding", "", "", `bleed\w*|ha?emorrhag\w*|sangramento|hemorrag\w*|sangrando|sangrou`},
	{"major_bleeding", "", "", `(massive|uncontrolled|heavy|profuse|torrential) bleed\w*|haemodynamic\w* unstable|sangramento (intenso|volumoso|importante|macico|abundante)|hemorragia (grave|intensa|macica)`},
	{"hypotension_word", "", "", `hypotensi\w*|low blood pressure|shock\b|hipotens\w*|pressao baixa|choque`},
	{"sudden_onset", "", "", `sudden\w*|abrupt\w*|subit\w*|de repente|repentin\w*`},
	{"worsening", "", "", `worsen\w*|getting worse|progressive|spreading|piora\w*|pior\b|progressiv\w*|espalhando`},
	{"well_appearing", "", "", `(now |is |was )playing|playing (happily|normally)|well.appearing|alert and active|smiling|back to (his|her) (normal|baseline)|brincando|ativ[oa] e reativ[oa]|bom estado geral|\bbeg\b`},
	{"ill_appearing", "", "", `ill.appearing|looks (very )?(unwell|ill|sick|toxic)|toxic.appearing|floppy|weak cry|high.pitched cry|grunting|bulging fontanelle|chest indrawing|(subcostal|intercostal) (recession|retractions?)|nasal flaring|not responding (to|normally)|no response to social cues|does not wake|mau estado geral|\bmeg\b|toxemiad[oa]|hipoativ[oa]|gemencia|gemente|fontanela abaulada|tiragem|retracao (subcostal|intercostal)|batimento de asa (de|do) nariz|choro (agudo|fraco)`},
	{"poor_feeding", "", "", `poor feeding|not feeding|refusing (feeds|food|bottle)|feeding poorly|nao (esta )?mama(ndo)?|recusa alimentar|mamando pouco|nao aceita (mamadeira|peito|dieta)|feeding (much )?less|drinking less|mamando (bem |muito )?menos|mamando mal|aceitando (bem )?menos|comendo (bem |muito )?menos`},
	{"anticoag_context", "", "", `anticoagula\w*|on warfarin|on (a )?doac|anticoagulad[oa]`},
	{"alcohol", "", "", `alcohol\w*|drinks? (\d+ )?(units|beers|glasses|shots|doses)|drinks heavily|heavy drink\w*|etilis\w*|alcool\w*|etilist\w*`},
	{"baseline_confusion", "cond", "", `dementia|baseline (confusion|cognition)|usual (confusion|state)|demencia|alzheimer`},
	{"abnormal_ecg", "", "", `ecg.{0,20}(abnormal|changes|block|st |qrs|qt)|heart block|bundle branch block|long qt|bloqueio (av|de ramo)|qt longo`},
	{"syncope_exertional", "", "", `(syncope|passed out|fainted|collapsed|desmaiou|desmaio).{0,30}(during|on|with) (exertion|exercise|effort|esforco|exercicio)|exertional (syncope|collapse|blackout)|(blacked out|passed out|fainted|collapsed) while (running|mowing|exercising|playing|climbing|jogging|cycling|swimming|walking up)|(sincope|desmaio|desmaiou) (aos|ao|aos grandes|durante|no) (esforcos?|exercicio|corrida)`},
	{"murmur", "", "", `murmur|aortic stenosis|sopro (cardiaco|sistolico|diastolico|em foco)|estenose aortica`},
	{"mental_illness", "cond", "", `schizophreni\w*|schizoaffective|bipolar|psychiatric (illness|history|disorder)|esquizofreni\w*|esquizoafetiv\w*|transtorno bipolar|doenca psiquiatrica|transtorno mental`},
	{"osteoporosis", "cond", "", `osteoporo\w*|osteopeni\w*|t.score|densitometri\w*|bone density|dexa scan`},
	{"recently_started", "", "", `(started|added|prescribed|began|initiated|introduced) .{0,40}(\d+|a|one|two|three|four|a few) (days?|weeks?) ago|(recently|newly|just) (started|added|prescribed)|new(ly)? (prescribed|added|started)|(iniciou|iniciad[oa]|comecou|introduzid[oa]|prescrit[oa]|adicionad[oa]) .{0,40}ha (\d+|um|uma|dois|duas|tres|poucos|poucas) (dias?|semanas?)|recem.(iniciad[oa]|introduzid[oa])|(started|added|prescribed|began|initiated|introduced) .{0,40}(last (week|night)|yesterday|this week)|(iniciou|iniciad[oa]|comecou|introduzid[oa]|prescrit[oa]|adicionad[oa]) .{0,40}(ontem|semana passada|nesta semana|esta semana)`},
	{"chest_pain_normal_ecg", "", "", `(ecg|ekg|electrocardiogram|eletrocardiograma)( \w+){0,2}:? (normal|sem alteracoes|unremarkable|sinus rhythm,? normal)|normal (ecg|ekg)`},
	{"ocular_clonus", "", "", `ocular clonus|opsoclon\w*|clonus ocular`},
	{"pupils_dilated", "", "", `dilated pupils|mydriasis|midriase|pupilas dilatadas`},
	{"lump", "", "", `\blump\b|\bmass\b|nodule|nodulo|caroco|massa palpavel`},
	{"dysphagia", "", "", `dysphagi\w*|difficulty swallowing|disfagi\w*|dificuldade (para|de) engolir`},
	{"lifting", "", "", `lifting|after lifting|ao levantar peso|carregando peso|levantou (uma |um )?(caixa|peso)`},
	{"sinusitis", "", "", `sinusit\w*|rhinosinusit\w*|facial pain|pain in the face|sinus (pain|pressure)|dor (na|de) face|dor facial|rinossinusite|sinusite|dor na testa`},
	// Bowel cancer screening and endoscopy questions route to gastroenterology.
	{"ibs", "cond", "", `irritable bowel( syndrome)?|\bibs\b|(sindrome do )?(intestino|colon) irritavel|\bsii\b`},
	{"orthopedic_surgery", "", "", `(knee|hip|shoulder|joint) (replacement|arthroplasty)|arthroplast\w*|\borif\b|(internal|external) fixation|artroplastia|protese (de|do|da) (joelho|quadril|ombro)|osteossintese|fixacao (interna|externa)`},
	{"gi_screening", "", "", `colonoscop\w*|colonoscopia|sigmoidoscop\w*|retossigmoidoscopia|(bowel|colorectal|colon) (cancer )?screening|fit (test|kit|screening|result)|(negative|positive|abnormal) fit|fa?ecal (immunochemical|occult blood)|occult blood|sangue oculto|pesquisa de sangue oculto|rastreamento (de |do )?(cancer )?(colorretal|de colon)`},
	{"gynecology", "", "", `pap smear|cervical (screening|smear)|papanicolau|preventivo ginecologico|contracepti\w* (advice|counsel\w*|review)|mammogra\w*|mamografia|menopaus\w*|climateri\w*|menstrua\w*|dysmenorrh\w*|dismenorreia|vaginal discharge|corrimento|ovarian|ovario|endometriosis|endometriose|pelvic exam|contracepti\w*|birth control|family planning|anticoncep\w*|planejamento familiar|\biud\b|\bdiu\b|coil fitting`},
	{"limb", "", "", `ankle|wrist|knee|hip|shoulder|elbow|forearm|thigh|\bfoot\b|\bfeet\b|tornozelo|punho|joelho|quadril|ombro|cotovelo|antebraco|coxa|\bpe\b|\bpes\b|fibula|tibia|clavicle|clavicula|femur|radius|radio\b`},
	{"zoster", "", "", `zoster|shingles|dermatom\w*|grouped vesicles|vesicles? (in a band|along)|blistering rash in a band|herpes zoster|cobreiro|vesiculas agrupadas`},
	{"ophthalmic_zoster", "", "", `(eye|ophthalmic|facial|nose tip|hutchinson) (involvement|zoster)|zoster ophthalmicus|herpes zoster oftalmico|acometimento ocular`},
	// A chronic condition or symptom documented as stable at a review
	// ("stable", "unchanged", "sem piora", "inalterada", "controlada").
	{"stable_chronic", "", "", `\bstable\b|unchanged|no (recent )?(change|worsening|deterioration)|well.controlled|(is |remains |well )?controlled|estavel|inalterad[oa]s?|sem piora|compensad[oa]|(bem )?controlad[oa]`},
	{"chronic", "", "", `chronic|long.?standing|for (months|years)|many years|stable for|cronic[oa]s?|de longa data|ha (meses|anos)|estavel ha`},
	{"generalized_weakness", "", "", `(generalis|generaliz)ed weakness|muscle weakness|feel(s|ing)? weak|fraqueza (muscular|generalizada)|cramps|caibras`},
	{"paralysis", "", "", `paralys\w*|paralisia|unable to move (his|her) (legs|arms)|flaccid`},
	{"arrhythmia", "", "", `arrhythmi\w*|torsade\w*|ventricular tachycardia|\bvt\b|ventricular ectopics|arritmi\w*|taquicardia ventricular`},
	{"cardiac_arrest", "", "", `cardiac arrest|not breathing|no pulse|pulseless|cpr|parada cardiorrespiratoria|\bpcr\b em curso|sem pulso e sem respirar|rcp`},
	{"penetrating_trauma", "", "", `stab(bed)? wound|stabbed|gunshot|shot (in|with)|penetrating (injury|trauma)|impaled|high.speed (collision|crash)|fall from (a )?height|ejected from|ferimento (por|de) (arma|faca|bala)|facada|baleado|tiros?\b|levou um tiro|\bpaf\b|\bfab\b|queda de altura|atropelamento`},
	{"burn", "", "", `\bburns?\b|burned|scald\w*|queimadura\w*|queimou|escald\w*`},
	{"major_burn", "", "", `(facial|airway|inhalation|circumferential|extensive|large) burns?|burns? (to|on) the (face|airway)|singed (nasal|facial) hair|queimadura (de face|de via aerea|extensa|grande)|inalacao de fumaca|smoke inhalation`},
	{"envenomation", "", "", `snake ?bite|bitten by a snake|scorpion sting|stung by a scorpion|spider bite|picada de (cobra|serpente|escorpiao|aranha)|acidente (ofidico|escorpionico|aracnideo)|mordida de cobra`},
	{"dengue", "", "", `dengue|chikungunya|zika`},
	{"co_poisoning", "", "", `carbon monoxide|\bco poisoning|monoxido de carbono|gas heater|aquecedor a gas`},
	{"anaphylaxis_word", "", "", `anaphyla\w*|anafila\w*`},
	{"red_eye", "", "", `red eye|eye pain|olho vermelho|dor ocular`},
	{"rash", "", "", `\brash\b|exanthem\w*|erupcao|exantema|manchas vermelhas`},
	// --- lay, regional and misspelt wording for the concepts above (extra
	// entries with the same id add synonyms; text is already case- and
	// accent-folded, so "não"/"nao" and "cansaço"/"cansaco" match alike).
	{"dyspnea", "", "", `can'?t catch (my|his|her|their) breath|(cant|cannot|can not|couldn'?t) breath(e)?\b|out of breath|gasping( for (air|breath))?|short winded|breathing (is )?(hard|difficult|laboured|labored)|puffed out|shortnes of breath|short of breth|(nao|mal) (consigo|consegue|conseguia) respirar|sem ar\b|(ta|esta|fica|ficou) sem ar|puxando (o )?ar|falta de (ar|folego)|folego curto|cansaco (pra|de|ao|no) respirar|cansad[oa] (pra|para|de|ao) respirar|respiracao (curta|dificil|ofegante)|respirando (mal|com dificuldade)|ofegante|falta dear|falta d ar|dispineia|disneia|sufocad[oa]|afogad[oa]`},
	{"chest_pain", "", "", `chest (is |feels |felt |went )?(so |really |very )?(tight|heavy|crushing)|(tight|heavy|crushing|squeezing) (feeling|sensation|pain) in (the |my |his |her )?chest|elephant (sitting )?on (my|his|her) chest|pain in my chset|chest pian|cheat pain|peito (apertado|pesado|doendo|queimando|trancado|ardendo)|dor (forte )?no peito|aperto (forte )?no peito|pontada no coracao|dor no coracao|peito (ta|esta) (apertado|doendo|pesado)`},
	{"diaphoresis", "", "", `sweating (buckets|like mad|profusely|a lot)|drenched in sweat|cold sweats?|soaked in sweat|suando (frio|muito|em bicas)|suor (gelado|frio)|molhad[oa] de suor|suadeira`},
	{"syncope", "", "", `pass(ed)? out|blacked out|black ?out|fainted|feinted|keeled over|lost consciousness|(was|is) out cold|desmai\w*|desmaio|apag(ou|ado|ada|oes)|perdeu (os sentidos|a consciencia)|caiu desacordad[oa]|teve um (desmaio|apagao|piripaque|treco|troco)|ficou desacordad[oa]|sincopou`},
	{"vomiting", "", "", `threw up|throw(ing)? up|puk(e|ed|es|ing)|being sick|been sick|was sick|vomted|vomting|vomit(ou|ando|a)|vomitos?|vomitanto|botando (tudo )?pra fora|bota(ndo)? tudo pra fora|golfando|gumitando|gomitando`},
	{"nausea", "", "", `feel(s|ing)? sick|sick to (my|his|her) stomach|enjoad\w*|ansia de vomito|nausea|nauseas|estomago embrulhado|embrulho no estomago`},
	{"abdominal_pain", "", "", `(tummy|belly|stomach|gut) (pain|ache|hurts|cramps?)|pain (in|on) (my |his |her |the )?(tummy|belly|stomach|gut)|bellyache|(tummy|belly|stomach) (is )?(sore|hurting|killing)|dor (na|de|no) (barriga|bucho|estomago|pe da barriga)|barriga (doendo|dolorida)|colica na barriga|dor abdominal`},
	{"rlq_pain", "", "", `(low|lower) (down )?(on )?(the )?right (side )?(of )?(the |my |his |her )?(belly|tummy|abdomen|stomach)|right (side|lower side) of (the |my |his |her )?(belly|tummy|abdomen|stomach)|(lower right|bottom right) (of )?(the |my |his |her )?(belly|tummy|abdomen|stomach|side)|(barriga|abdome|abdomen) (do|no) lado direito (embaixo|em baixo|de baixo|inferior)|lado direito (de baixo|embaixo|em baixo|inferior) da barriga|(pe|parte de baixo) da barriga do lado direito|(baixo|embaixo) (a|na|do lado) direit[ao] da barriga|barriga .{0,20}lado direito .{0,10}(embaixo|em baixo|de baixo)`},
	{"pain_migration", "", "", `(started|began|start(s|ed)? off) (around|at|near|by|in) (the |my |his |her )?(belly button|navel|umbilicus|middle of (the |my |his |her )?(belly|tummy))|(comecou|iniciou) (no|em volta do|perto do|ao redor do) umbigo|(comecou|iniciou) no meio da barriga`},
	{"peritonism", "", "", `hurts (to|when (i |he |she )?)(cough|walk|move|jump)\w*|pain (worse )?(on|when) (coughing|walking|moving|jumping)|(walking|bent) (bent )?over|dor piora (ao|quando) (andar|tossir|mexer|pular)|doi (ao|para|pra) (andar|tossir|pular)|piora (ao|quando) (tosse|andar|tossir)`},
	{"fever", "", "", `temp(erature)? (of )?(3[89]|4[01])|hot to (the )?touch|burning up|shivers|shivering|febrinha|febre (alta|baixa)|quentinh[oa]|ardendo em febre|calafrio`},
	{"dysuria", "", "", `(burn\w*|sting\w*|hurts?|pain\w*) (when|on|while) (i |he |she )?(pee|wee|urinat\w*|peeing|weeing)|burning pee|(ardencia|ardendo|ardor|dor|queimacao|queimando) (pra|para|ao|quando) (urinar|fazer xixi|mijar)|xixi (ardendo|queimando|doendo)|arde (pra|para|ao) urinar|ardencia (na|ao) urina`},
	{"flank_pain", "", "", `pain (in|on) (my |his |her |the )?(left |right )?(side|back) (just )?(under|below) (the |my |his |her )?ribs|(left|right) sided (back|loin) pain|kidney pain|pain in (my |his |her |the )?kidneys?|dor (nas|na) costas? (do|no) lado (direito|esquerdo)|dor nas costas do lado|dor nos rins|dor no rim|dor (no|do) lado (direito|esquerdo) das costas|dor lombar (direita|esquerda|unilateral)`},
	{"dvt_signs", "", "", `(batata|barriga) da perna .{0,30}(inchad\w*|vermelh\w*|doendo|dolorid\w*|quente|dura)|(perna|panturrilha) (inchada|vermelha|quente) (e|,) (vermelha|quente|inchada|doendo|dolorida)|(one|his|her|my|left|right) (calf|leg) (is |went )?(hot|swollen|red|puffy)(,)? (hot|swollen|red|and|tender|painful)|(calf|leg) (is )?(hot|red|puffy), swollen`},
	{"hemoptysis", "", "", `(coughing|coughed|cough(s|ing)?) (up )?(some |any |a bit of |lots of |a lot of |bright red |fresh |(a |some )?(streaks?|specks?|flecks?|spots?) of )?blood|spitting (up )?blood|bringing up blood|blood when (i |he |she )?cough\w*|(tossindo|tossiu|tossia|tosse com|escarrando|escarrou|cuspindo|cuspiu|botando) (um pouco de |muito |bastante )?sangue|sangue (ao|quando) tossir|catarro (com|de) sangue`},
	{"palpitations", "", "", `heart (was |is |kept |keeps )?(pounding|racing|fluttering|thumping|skipping|going (really )?fast)|fluttering in (my |his |her |the )?chest|coracao (disparou|disparado|acelerado|batendo (muito )?(forte|rapido)|saindo pela boca)|batedeira no peito`},
	{"vaginal_bleeding", "", "", `bleeding (from )?down (below|there)|bleeding (from|in) (my|her) (private parts|vagina|front bottom)|sangr(ando|amento|ou) (por baixo|la embaixo|pela (vagina|perereca|parte intima))|perdendo sangue (por baixo|pela vagina)`},
	{"large_volume", "", "", `cupful|(a|one|half a) (cup|mug|glass)(ful)? of blood|(lots|a lot|loads|a load) of blood|large (amount|volume)s?|mouthfuls?|massive|torrential|muito sangue|bastante (sangue)?|sangue vivo|grande quantidade|muita quantidade|em grande volume|um copo|uma caneca|litros|golfadas?`},
	{"hematemesis", "", "", `(throwing|threw|throw|bringing|brought|coughed) up blood|(puking|puked|sick) (up )?blood|blood in (the |my |his |her )?(vomit|sick)|vomiting (up )?blood|(vomitando|vomitou|vomita|vomitanto|botando|botou|golfando|golfou) (muito |bastante |um pouco de )?sangue|vomito (com|de) sangue|sangue no vomito|vomito (escuro|preto|cor de cafe)`},
	{"melena", "", "", `(black|dark|tar) (tarry )?(poo|poop|stool|stools|motions|bowel movements?)|tarry (poo|poop)|black tarry|poo(p)? (is |was )?(black|like tar)|(coco|fezes|cocô|evacuacao|evacuacoes) (pret[oa]s?|escur[oa]s?|cor de piche|como piche|como borra)|fezes? pretas?|fezes pretas|evacuando preto|fezes (tipo|cor de|como) (piche|borra de cafe)`},
	{"facial_droop", "", "", `face (went|gone|going|is|was|looks?|looking|has gone) (all )?(droopy|lopsided|crooked|saggy|twisted|funny on one side)|droopy (face|mouth|eye and mouth)|mouth (went|is|looks?|has gone) (crooked|droopy|lopsided|twisted)|one side of (the |his |her |my )?face (is |has )?(drooping|dropped|fallen|sagging|numb)|boca (torta|entortou|caida|repuxada)|rosto (torto|caido|repuxado)|(boca|rosto|cara) (ficou |ta |esta )?(torta|torto|caida|caido|repuxada|repuxado)|entortou a boca|cara torta|a boca (ficou )?torta`},
	{"speech", "", "", `speech (was |is |went |became )?(slurred|garbled|slurry|jumbled|funny|strange)|slurr\w*( (his|her|my) words)?|words (are |were )?(coming out )?(all )?(wrong|jumbled|muddled|garbled)|talking (funny|gibberish|nonsense)|can'?t get (his|her|my) words out|fala (enrolada|embolada|arrastada|grossa|estranha|esquisita|travada|mole|atrapalhada)|enrolando (a fala|as palavras|a lingua)|lingua (enrolada|travada|presa)|nao (consegue|consigo) falar direito|falando (enrolado|embolado|arrastado|esquisito|errado|coisas sem sentido)|palavras (trocadas|enroladas)`},
	{"arm_weakness", "", "", `(arm|leg|hand|side) (has )?(gone|went|is|feels) (weak|dead|heavy|floppy|numb)|(left|right) (arm|leg|hand) (gone|went|is|feels) (weak|dead|heavy|floppy)|(braco|perna|mao) (direit[oa]|esquerd[oa]) (fraca?o?|mole|pesad[oa]|dormente|sem forca|amortecid[oa])|(braco|perna|mao) (fraco|fraca|mole|pesado|pesada|dormente|sem forca|amortecido|amortecida)|(nao|sem) (consegue |conseguir )?(mexer|levantar) (o|a) (braco|perna|mao)|lado (direito|esquerdo) (do corpo )?(fraco|mole|paralisado|dormente)`},
	{"thunderclap", "", "", `worst (headache|head pain|pain) (i'?ve |he'?s |she'?s )?(ever )?(had|felt)|worst headache ever|worst headache of (my|his|her) life|like (being hit|a (bang|thunderclap|hammer|blow|kick))|like (i|he|she) (was|got|had been) (hit|kicked|struck) (in|on) the (back of the )?head|(pior|maior) dor de cabeca (da|de toda a|que ja (senti|sentiu|teve)) ?(minha |sua )?(vida)?|dor de cabeca (muito )?(forte )?(que )?(veio|comecou) (do nada|de repente|de uma vez)|como (uma )?(pancada|paulada|martelada|explosao) na cabeca|dor de cabeca (tipo|como) (uma )?(pancada|explosao|paulada)|a pior dor de cabeca`},
	{"headache", "", "", `head (is )?(pounding|splitting|killing)|pounding head|splitting head|(my|his|her) head (hurts|is killing)|migrane|headach|dor (de|na) cabeca|cabeca (doendo|latejando|estourando)|cefaleia|cefalia|dor de cabesa`},
	{"neck_stiffness", "", "", `neck (is |feels |felt )?(stiff|rigid|sore and stiff)|can'?t (bend|move|touch) (his|her|my) (neck|chin to (his|her|my) chest)|pescoco (duro|rigido|travado)|nuca (dura|travada|rigida)|nao (consegue )?(encostar|baixar) o queixo`},
	{"seizure", "", "", `having a fit|siezure\w*|seizer\w*|sezure\w*|convulsion\w*|convulsionando|convulsionou|convulsionar|convulsao|convulsoes|ataque (epileptico|de epilepsia)|crise convulsiva|teve (uma )?crise|debatendo|se debatendo|babando e tremendo|tremendo (todo|toda|o corpo todo) e (nao responde|desacordad\w*|babando)|shaking all over (and )?(not responding|unresponsive|unconscious)|jerking all over`},
	{"status_epilepticus", "", "", `(fit|fits|seizure|seizures|convulsion|convulsions|fitting|seizing|shaking|jerking)( that)? (won'?t|wont|will not|doesn'?t|does not|hasn'?t|has not|not) stop(ped)?|(been |still )?(fitting|seizing|shaking|jerking|convulsing|fitting)( all over)? (for|over|more than|longer than) (([5-9]|[1-9]\d) ?(min|mins|minutes)|(five|ten|fifteen|twenty|thirty) minutes)|nao para(m)? de (convulsionar|tremer|se debater|debater)|convulsionando (ha|por|faz|desde) (mais de )?(([5-9]|[1-9]\d) ?(min|minutos)|(cinco|dez|quinze|vinte|trinta) minutos)|(ja )?faz (([5-9]|[1-9]\d)|cinco|dez|quinze|vinte|trinta) minutos (que )?(convulsionando|tremendo|se debatendo)|convuls\w* .{0,30}(ja )?(faz|ha) (([5-9]|[1-9]\d)|cinco|dez|quinze|vinte|trinta) minutos|uma (crise|convulsao) atras da outra|(crise|convulsao) (que )?nao para`},
	{"unresponsive", "", "", `(not|isn'?t|wasn'?t) respond(ing|ive)( to (us|me|voice|anything|his name|her name))?( at all)?(?:$|[,.;!]| and| now)|unconcious|unconsious|can'?t (wake|rouse) (him|her)|won'?t wake up|nao (responde|reage|acorda)(?:$|[,.;!]| mais| a nada| quando chama)|desacordad[oa]|apagad[oa]|inconciente|inconsciente`},
	{"overdose", "", "", `(swallowed|took|taken|had|ingested|downed) (a |an |the )?(whole|entire|full) (bottle|box|pack|packet|strip|tub|jar|blister)s?|(swallowed|took|taken|ingested) (all|every one) of (her |his |my |the |their )?(mum'?s |mom'?s |mother'?s |dad'?s |father'?s |nan'?s |gran'?s )?(pills|tablets|meds|medication)|(swallowed|took) (loads|a load|a bunch|heaps) of (pills|tablets)|(tomou|engoliu|ingeriu|bebeu) (a|o|uma|um)? ?(cartela|caixa|frasco|vidro|vidrinho|pote|blister)( inteir[ao]| tod[ao]| cheia?o?)|(tomou|engoliu|ingeriu) (todos os|todas as|um monte de|uma porrada de|um punhado de|varios|varias) (remedios|comprimidos|pilulas|capsulas|cps)|(tomou|engoliu|ingeriu) (tod[ao]s? )?(os |as )?(remedios|comprimidos) d[ao] (mae|pai|avo|caixa)|(bebeu|tomou|ingeriu) (veneno|chumbinho|soda caustica|agua sanitaria|raticida|agrotoxico|pesticida|querosene)|overdoze|overdosed|od'?d\b`},
	{"cyanosis", "", "", `(lips?|face|fingers?|mouth|skin) (is |are |going |turning |gone |went |look(s|ing)? )?(blue|purple|grey|gray|dusky)|blue (lips?|tinge|around the (lips|mouth))|turning blue|cyanos\w*|cyanotic|(boca|labios?|dedos?|rosto|pele|crianca|bebe) (ficando |ficou |esta |ta )?(roxa|roxo|roxinha|roxinho|roxos|roxas|arroxeada|arroxeado|azulad[oa]s?|azul|cinzenta)|arroxead[oa]|cianose|cianotic[oa]|ficando rox[oa]`},
	{"ill_appearing", "", "", `ribs (are )?(sucking|pulling|caving) in|sucking in (under|between|below) (the |his |her )?ribs|skin (sucking|pulling) in (between|under) (the )?ribs|too breathless to (talk|speak|feed|eat)|can'?t (talk|speak|finish (a )?sentences?) (because of|for) (breath|breathlessness)|(costelas|barriga) (afundando|puxando)|afundando (as costelas|a barriga|embaixo das costelas)|chorinho fraco|muito (molinha|molinho|caidinha|caidinho)|nao consegue (falar|mamar) de (tanta )?falta de ar`},
	{"life_threat_asthma", "", "", `too breathless to (talk|speak)|can'?t (finish|complete) (a |his |her )?sentences?|nao consegue (falar|terminar) (uma )?frase( inteira)?|(falando|fala) (entrecortado|com pausas|so palavras)|nao (consegue )?completa(r)? frase`},
	{"kussmaul", "", "", `breath(ing|es)? (really |very |so )?(deep|heavy) (and|&) (fast|rapid|quick)|(deep|big) (sighing )?breaths?|gasping deep breaths|respiracao (funda|profunda|pesada|ofegante) (e|,) (rapida|acelerada)|respirando (fundo|funda|profundo) e (rapido|acelerado)|respiracao (funda|profunda)|halito de (fruta|maca|acetona)|bafo de (fruta|acetona|maca)`},
	{"hyperglycemia_word", "", "", `(meter|monitor|glucometer|sugar|sugars|glucose|bm|reading|machine|cgm|libre|glicemia|glicosimetro|aparelho|dextro|hgt|destro|glicose|acucar)s? .{0,25}\bhi\b|\bhi\b (on|no) (the )?(meter|monitor|glucometer|aparelho|glicosimetro|dextro)|(sugars?|glucose|bms?|blood sugar) (is |are |were |was )?(really |very |super |sky |way )?(high|off the (scale|charts))|(sugar|glucose) (level )?(over|above) (500|600|30|33)|(glicemia|acucar|glicose|dextro|hgt) (muito |super |bem )?(alta|alto|nas alturas|la em cima)|(glicemia|dextro|hgt|glicose) (acima de|maior que|passando de) (400|500|600)`},
	{"nonblanching_rash", "", "", `(spots|rash|marks|dots) (that )?(don'?t|do not|won'?t|wont|doesn'?t) (fade|go away|disappear) (when|under|with) (pressed|you press|a glass|pressure)|purple (spots|dots|blotches|rash)|pinprick (spots|rash)|(manchinhas?|pintinhas?|pontinhos?) (roxas|roxinhas|roxos|roxinhos|vermelho.escuras|arroxeadas|cor de vinho)|(manchas|bolinhas|pintas) (roxas|vermelhas|arroxeadas|escuras) .{0,40}nao (somem|some|desaparecem|desaparece|saem|sai|clareiam)|nao (somem|some|desaparecem|desaparece|saem|sai|clareiam) (quando|ao) (aperta|apertar|pressiona|pressionar|passar o copo)`},
	{"testicular", "", "", `dor .{0,25}(no|nos|na) (saco|saquinho|testiculos?|escroto|bolsa escrotal|bolas|ovo|ovos|bago|bagos)\b|(saco|testiculo|bola|ovo) (doendo|inchad[oa]|dolorid[oa])|(pain|hurts?|ache|agony) .{0,25}(in|to) (his |my |the )?(balls?|nuts|testicles?|testis|scrotum|nads)|(balls?|nuts|testicles?) (hurt|hurts|hurting|swollen|killing)|kicked in the (balls|nuts)`},
	{"sudden_onset", "", "", `out of (the )?nowhere|all of a sudden|came on (suddenly|fast|all at once)|do nada|de uma hora (para|pra) outra|de supetao|de uma vez`},
	{"hematuria", "", "", `(peeing|pissing|weeing) blood|blood (when|in) (i |he |she )?(pee|wee)|(xixi|urina) (com sangue|vermelh[oa]|cor de coca|escura com sangue)|urinando sangue|mijando sangue`},
	{"major_bleeding", "", "", `(bleeding|blood) (everywhere|won'?t stop|wont stop|not stopping|like a tap)|(sangue|sangrando) (que nao para|sem parar|muito|demais|pra caramba)|nao para de sangrar|hemorragia`},
	// --- round 8: caller/WhatsApp wording (family member describing the patient)
	{"cyanosis", "", "pt", `(ficou|ficando|esta|ta|fica) (todo |toda )?(roxo|roxa|roxinho|roxinha|azul|azulad[oa]|arroxead[oa]) (n[ao]s? |em volta d[ao]s? )(boca|labios?|rosto|cara|dedos?|pontas? dos dedos)`},
	{"life_threat_asthma", "", "", `nao consegue (nem )?(terminar|completar) (a |uma )?frases?|can'?t (even )?(finish|get) (a |his |her )?(sentence|words?) out`},
	{"choking", "", "", `engasg\w*|chok(ed|ing) on|choking|something stuck in (his|her|my|the) throat|(comida|carne|bala|osso|pedaco de \w+) (entalad[oa]|presa) na garganta|ental(ou|ad[oa])`},
	{"postpartum", "", "", `(depois|apos|logo apos) (do|o) parto|(teve|ganhou) (o |a )?(nene|neném|bebe|crianca|nenem)( ontem| hoje| ha \w+ dias?| semana passada)|since (she )?(had|gave birth to) the baby|after having the baby`},
	{"rigid_abdomen", "", "", `rigid abdomen|board.like|abdome em tabua|barriga (esta |ta |ficou |muito |toda )*(dura|rigida|travada|que nem (uma )?tabua)|(tummy|belly|stomach) (is |has gone |feels )?(rock )?(hard|rigid) (as a board|like a board|and (really )?(painful|sore))`},
	{"peritonism", "", "", `nao deixa (nem )?(encostar|tocar|por a mao)|won'?t let (anyone|me|us) touch (his|her) (tummy|belly|stomach)`},
	{"abdominal_pain", "", "pt", `barriga (esta |ta |ficou |muito |toda )*(dura|rigida|travada) e (com )?(muita )?dor`},
	{"suicide_plan", "", "", `(ja )?(separou|juntou|guardou|escondeu|comprou) (os |uns |varios |muitos )?(remedios|comprimidos|veneno|corda)|(got|has|put) (the |some )?(pills|tablets) (ready|aside|saved up|lined up)|(saved|stockpiled|hoarded) (up )?(pills|tablets)`},
	{"button_battery", "", "", `(button|coin|disc|watch)( cell)? batter(y|ies)|swallowed (a |some |the )?(batter(y|ies)|magnets?)|(bateria|pilha)s? (de |tipo |do )?(botao|moeda|relogio|controle)|engoliu (uma |a )?(bateria|pilha|pilhinha|ima|imas)`},
	{"confusion", "", "", `muddled|mixed up|talking nonsense|not with it|away with the fairies|falando coisa com coisa|variando|fora de si|nao (ta |esta )?falando coisa com coisa`},
	{"fever", "", "", `(got|has|had|running|with) a (high )?temperature|temperature since|(ta|esta|ficou) (com )?febre|febre que nao (baixa|passa|cede)`},
	{"cellulitis", "", "", `(leg|arm|foot|calf|shin|skin|hand) (is |has gone |went )?(red|hot|warm|swollen)(,? (and )?(red|hot|warm|swollen|painful|tender)){2}|(perna|braco|pe|canela|mao) (esta |ta |ficou )?(vermelh[ao]|quente|inchad[ao])(,? (e )?(vermelh[ao]|quente|inchad[ao]|dolorid[ao])){2}`},
	{"minor_burn", "", "", `(small|tiny|little|minor|superficial) (blister|burn|scald)s?|(burn|scald|blister) (is |was )?(small|tiny|little|minor|superficial)|bolh(inha|inhas|a pequena|as pequenas)|queimadura (pequena|leve|superficial)|(pequena|leve) queimadura`},
	{"preeclampsia_symptoms", "", "", `(face|hands?|fingers?) (and (hands?|face|feet|fingers?) )?(have |has |is |are |went |gone )?(all )?(puffed up|puffy|swollen|swelled up)|swollen (face|hands)|(rosto|maos?|cara|dedos) (e (rosto|maos?|pes|dedos) )?(est(a|ao) |ta |tao |ficou |ficaram )?(muito )?inchad[oa]s?|inchaco (no rosto|na cara|nas maos)|(seeing|sees|saw) (flashing lights|flashes|stars|sparkles)|(vendo|ve|viu) (luzes|pontos (brilhantes|pretos)|estrelinhas|flashes)|vista (escura|escurecendo|embaralhada)`},
	{"blurred_vision", "", "", `(seeing|sees|saw) (flashing lights|flashes|stars|sparkles)|(vendo|ve|viu) (luzes|pontos (brilhantes|pretos)|estrelinhas|flashes)|vista (escura|escurecendo|embaralhada|embacada)`},
	{"poor_feeding", "", "", `nao quer (mamar|pegar o peito|o peito|a mamadeira)|(won'?t|wont|will not) (feed|take (the |his |her )?(bottle|breast|feeds?))`},
	// Round 9 (heldout9): English caller wording. A weight or pressure on the
	// chest, pain "going up into" the jaw or arm, side pain "round to" the
	// back, a "sore lower back", a child "burning hot", and an errand call
	// (flu jab, tablets repeated, "fine in herself").
	{"chest_pain", "", "", `(crushing|heavy|squeezing|tight|pressing) (weight|pressure|band|feeling|sensation|pain|ache|heaviness) (on|in|across|around|over) (the |my |his |her |your )?chest|(weight|pressure|heaviness) (on|in|across) (the |my |his |her )?chest`},
	{"radiation", "", "", `(going|goes|went|spreading|spreads|spread|shooting|moving|moves|travell?ing) (up |down )?(in)?to (the |my |his |her )?(left |right |both )?(arm|arms|jaw|neck|shoulder)s?\b|(indo|vai|foi|passa|desce|sobe|espalha\w*) (para|pro|pra|ate) (o |a )?(braco|mandibula|queixo|pescoco|ombro)`},
	{"flank_pain", "", "", `pain (in|on) (my |his |her |the )?(left |right )?side (going |that goes )?(round|around|through) (to|into) (my |his |her |the )?back|(side|loin) (pain )?(going )?(round|around) to (the |my |his |her )?back`},
	{"back_pain", "", "", `(sore|aching|achy|bad|stiff|painful) (lower |low )?back\b|(my|his|her|the) (lower |low )?back (is|has been|feels) (really |very )?(sore|aching|achy|killing)`},
	{"fever", "", "", `(she|he|baby|child|kid|s|is|feel|feels|felt|was) (so |really |just |all )?(burning|boiling) hot`},
	{"routine", "", "", `flu (jab|shot|vaccin\w*)|(book|booking|get|getting|have|having) (\w+ ){0,3}(jabs?|vaccin\w*|boosters?)\b|(tablets|pills|medication|meds|prescription|script|inhalers?)s? repeated|fine in (himself|herself|myself|themselves)`},
}

type compiledConcept struct {
	id, kind, lang string
	rx             *regexp.Regexp
	lits           []string // prefilter: a match contains one of these (nil: none)
}

var (
	lexOnce    sync.Once
	lexCompile []compiledConcept
	condKinds  map[string]bool
)

func compiledLexicon() []compiledConcept {
	lexOnce.Do(func() {
		condKinds = map[string]bool{}
		for _, c := range lexicon {
			lexCompile = append(lexCompile, compiledConcept{c.id, c.kind, c.lang, regexp.MustCompile(`\b(?:` + c.pattern + `)`), anyOf(c.pattern)})
			if c.kind == "cond" {
				condKinds[c.id] = true
			}
		}
	})
	return lexCompile
}

// ConceptIDs lists every concept id the lexicon knows, sorted.
func ConceptIDs() []string {
	seen := map[string]bool{}
	for _, c := range lexicon {
		seen[c.id] = true
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
