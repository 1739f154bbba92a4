package phi

import "strings"

// Cue words: the grammar of clinical documents that the detectors key on.
// These are not vocabularies of PHI but of the text around it, so they live
// in code next to the rules that use them. All entries are folded (lower
// case, no diacritics).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		for _, f := range strings.Fields(w) {
			m[f] = true
		}
	}
	return m
}

// Titles that precede a person's name.
var titleWords = set(`dr dra doctor doutor doutora mr mrs ms miss mx sr sra srta prof profa
	professor professora enf enfa nurse officer sgt capt rev pastor dona seu sir madam mister sensei
	ofc deputy detective sergeant trooper cpl delegado delegada
	det lt inv tpr hon honorable lieutenant investigator inspector commissioner judge coroner justice magistrate
	director directora diretor diretora
	fr reverend chaplain rabbi imam frei madre pastora tec drs dras deacon diacono prop coord cmte dep`)

// dottedTitles are titles only when abbreviated with their dot before a
// capitalised word ("Det. Ruiz", "Lt. Abernathy", "Hon. Ana Reyes"): bare,
// "Lt knee" is the left one.
var dottedTitles = set(`det lt inv tpr hon prop coord dep`)

// Credentials that follow a person's name.
var credWords = set(`md m.d do rn lpn lvn np pa pa-c cnm dpm pt dpt od psyd phd ibclc rdcs ms
	cgc atc ccrc msw lcsw lmft dds dmd pharmd rph fnp apn aprn crna cna emt paramedic mph
	facp facc faap ot otr slp ccc-slp rd ld cde cdces ma lpc bsn msn dnp mba jd esq
	crnp ccc rrt rt rdms rvt arnp facs frcpc chpn ccrn cen ocn cwocn cwon crni cohn
	cot chw lsn ncsn ccm rhit rhia cfrn cpht ccrp crrn acs
	pmhnp agacnp agpcnp whnp faapmr faafp facog facep facs fasam
	lmsw lisac sudp ladc cadc lcmhc lmhc lpcc lcdc lcadc licsw lcpc lsw casac cdp ncc
	nrp cspi abmdi ccp mdi cptc mldi clu lgc
	lcgc rpsgt rst cctc crc ods ods-c cra ccra
	cic mls mlt ccds cnor crnfa cst rehs ehs phn
	rdh rdn lmnt cdrs aud faaa cped bcba cscs
	ccemt ccemt-p fp-c mbchb mbbs mmed cth
	dvm vmd`)

// Relations and roles that introduce a person's name ("wife, Ana").
var relationWords = set(`wife husband son daughter mother mom mum mommy father dad daddy
	brother sister grandmother grandma grandfather grandpa granddaughter grandson
	niece nephew aunt uncle partner spouse friend roommate caregiver proxy guardian
	cousin boyfriend girlfriend fiance fiancee stepson stepdaughter stepmother stepfather
	neighbor neighbour pharmacist interpreter translator coworker colleague
	esposa esposo marido mulher filho filha mae pai irmao irma avo neta neto
	sobrinha sobrinho tia tio cunhada cunhado nora genro companheira companheiro
	namorada namorado cuidadora cuidador acompanhante amiga amigo vizinha vizinho
	enfermeira enfermeiro tecnica tecnico farmaceutica farmaceutico madrasta padrasto
	bisneta bisneto afilhada afilhado prima primo motorista driver responsavel
	patrao patroa chefe supervisora zelador porteiro diarista babysitter nanny
	vovo vovozinha voinha madrinha padrinho granny nana papa granddad grandad
	caseworker worker operator dispatcher coach navigator advocate sponsor
	condutor condutora owner aide coordinator sibling carers attendant clerk`)

// Words that may sit inside a name: da, de, van, O' (handled apart) ...
var particleWords = set(`da de do das dos di du del della der den van von la le ten ter
	bin ibn al el e y st`)

// Name suffixes.
var nameSuffixWords = set(`jr junior sr ii iii iv neto filho sobrinho`)

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
	"julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
	"fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12,
}

var weekdayWords = set(`monday tuesday wednesday thursday friday saturday sunday mon tue tues
	wed thu thur thurs fri sat sun segunda terca quarta quinta sexta sabado domingo feira`)

// US state and Brazilian state abbreviations (upper case in text).
var usStates = set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS
	MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR`)
var brStates = set(`AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO`)

// Organisation heads that come first: "Hospital X", "UBS X", "University of X".
var orgPrefixHeads = set(`hospital hosp clinica policlinica ubs ubsf upa caps ame usf esf
	laboratorio instituto faculdade universidade maternidade farmacia drogaria
	santa_casa pronto-socorro odonto senai sesi sesc senac escola colegio secretaria capsi capsij unacon cacon conselho
	prefeitura hospice university college institute school fundacao associacao
	cooperativa unimed centro casa hemocentro consultorio igreja empresa transportes transportadora frigorifico
	industria industrias comercio construtora supermercado supermercados loja lojas
	banco posto unidade emef emei cmei etec delegacia cras creas creche lar asilo abrigo diagnosticos
	plano vara foro tribunal cartorio sindicato court apae casai ubsi emad nasf dsei crer cer clube
	pizzaria padaria lanchonete restaurante mercearia borracharia acougue distribuidora academia comercial odontologia
	polo aeroporto madeireira serraria marcenaria serralheria metalurgica olaria ceramica vidracaria tecelagem
	mineradora mineracao agropecuaria confeccoes confeccao malharia paroquia defensoria irmandade caritas pastoral congregation missao ecr
	vinicola mercadinho minimercado espaco iglesia eemti eeep eefm eeefm emeb emeief condominio panificadora teatro
	comunidade batalhao grupamento viacao hotel pousada usina iml svo uai opo ee ecit sae hostal hostel cerest
	cei uvis suvis ginasio salao spa penitenciaria presidio agencia
	funeraria crematorio cemiterio albergue alojamento uaps`)

// extraMedical: drug brands, device makers and test names common in recent
// notes that the packaged medical word lists lack (FDA Orange Book and
// ANVISA brand names; device makers' product names).
var extraMedical = set(`eliquis xarelto pradaxa savaysa ozempic wegovy mounjaro zepbound rybelsus trulicity
	victoza saxenda jardiance farxiga invokana januvia janumet entresto brilinta plavix
	lantus basaglar tresiba toujeo humalog novolog admelog keytruda opdivo humira enbrel
	dupixent stelara skyrizi biktarvy descovy truvada paxlovid lagevrio repatha praluent
	leqembi aduhelm nurtec ubrelvy aimovig emgality spiriva symbicort trelegy breo advair
	medtronic assurity dexcom omnipod coaguchek resmed
	troponin procalcitonin nondisplaced condropatia ophtho obgyn
	creatinine isotonic hypotonic hypertonic legionella mycoplasma isovue omnipaque visipaque anticoag
	hoyer hyperbaric tophus tophi heme rinvoq olumiant xeljanz cibinqo
	tdap mepilex allevyn tegaderm duoderm aquacel wanderguard curlin tympanogram tympanometry trypanosoma
	talar neuropathic pleuritic comorbidities comorbidity unwitnessed cycler cyclers quantiferon
	kussmaul sjogren shiley otago quervain tinel phalen mobitz segond tavr shingrix
	paraspinal panretinal meningococcal flexion acl mcl pcl lcl sds ttg mmhg cmh2o cardiothoracic
	sternal sternotomy oae ciwa elisa igm igg dtap bls acls pals nstemi stemi cpap bipap crossmatch tums
	oxytocin pitocin epidural exome exomes susceptibility susceptibilities physis physes norepi levophed peds
	diuresed etest ziehl neelsen brugada ebstein babinski bhutani sarnat couinaud bosniak stellwag greulich
	pinneau tyrer cuzick lipase amylase alzheimer alzheimers orthostasis telepsychiatry
	asterixis audiogram audiometry lethality trendelenburg valsalva zarit daroff inadine flonase rinne romberg
	virchow papanicolaou capurro nissen zika
	multigene investigational telecoil zygosity mitotic cochlear microphonic postop kmax imuno probnp nt-probnp`)

// extraCommon: everyday words the Debian lists miss (inflected forms
// hunspell keeps as stems, chat and workflow words); a capitalised one at
// a sentence start is no name, but a listed name among them stays a weak
// name that a cue still makes a name.
var extraCommon = set(`callback callbacks tem raio acesso acessos bioquimica bioquimico saw
	copay copays biometria encaminho tax whatsapp telegram facetime
	foi fui foram fomos era eram teve tiveram veio vieram fez fizeram deu deram disse disseram pode podem vai vao
	uma umas diz dizem faz fazem usa usam ata atas lockbox hotline`)

// Words of health-system and church names that are common words elsewhere
// but make an organisation proper ("Baptist Health", "Methodist Hospital").
var orgProperWords = set(`baptist methodist presbyterian adventist lutheran episcopal mercy providence royal`)

// Organisation heads that come last: "X Hospital", "X Family Medicine".
var orgSuffixHeads = set(`hospital hospitals clinic clinics center centre centers medicine
	associates group partners laboratory laboratories labs lab pharmacy pediatrics
	cardiology neurology dermatology oncology optometry imaging radiology institute
	school university college academy police ems llc inc corp corporation company co
	pllc llp ltd ltda services health healthcare hospice manor rehabilitation rehab
	plan insurance authority logistics foundation church specialists supply
	gastroenterology orthopedics urology endocrine endocrinology nephrology pulmonology
	psychiatry surgery dialysis therapy home living systems system network physicians
	practice saude s.a s/a eireli me medical advantage disability pc p.c
	compensation transit airlines lines mart market pharmaceuticals ctr spine ankle
	wellness dental dentistry vision hearing genetics memorial bank freight trucking vna
	transport transportation construction manufacturing industries motors foods
	solutions technologies consulting software stores store restaurant hotel daycare
	elementary orthopaedics obstetrics chiropractic podiatry vascular cardiovascular
	diagnostics counseling behavioral psychiatric surgical urgent care nursing odontologia gyn obgyn imagem
	geriatrics midwifery genomics radiologic pathology rheumatology hematology audiology
	pulmonary allergy ltda diagnostica diagnosticos preschool kindergarten funeral
	mortuary crematory shelter ministries drugs drug parish ambulance growers farms
	union district investments sciences endodontics orthodontics periodontics corrections court courthouse tribunal distribution distributors
	med rescue railroad railway fonoaudiologia fisioterapia psicologia grupo studio studios
	roofing processing facilities plumbing landscaping poultry packing collective genomics midwifery
	collaborative orchards gutters diner freightways casualty hardwoods network
	nurses apothecary companions adjusters therapeutics processors library libraries facility neuroimaging airport shopping
	pathologists radiologists anesthesiologists anesthesia surgeons pediatricians dermatologists cardiologists urologists ophthalmologists
	mutual administrators communications lumber reabilitacao cafeicultores laticinios fire assistencia
	grocery groceries dispatch
	midwives doulas dentists therapists optometrists chiropractors physiotherapists podiatrists audiologists operadora planos
	sistemas montessori lung sleep teleradiology staffing correction jail penitentiary pavilion alliance campus consortium partnership
	trust bakery paratransit cooperative prison chapels chapel squad sheriff sheriffs choice
	infusion terminal escrow agency association society equipment healthplan
	consultants mission missions brokers brokerage stamping machining fabrication fabricators welding plastics foundry logistica solicitors assoc assn
	plans haulers hauling cemetery cemeteries electric bluecross blueshield
	hosp tavern schools companies chemical chemicals commission paramedics millwork florist florists
	toxicology gym energy intermediate recovery probation council team bureau
	biorepository biobank biobanco dermatopathology flight infirmary
	inn suites motel lodge resort casino spa grill bistro cafe smokehouse steakhouse brewery pub
	catering caterers apartments salon zoo
	telehealth telemedicine telemedicina agencies prosthetics orthotics tire tires lube
	builders contractors league retrieval neurodiagnostics compounding
	museum management
	farm ranch dairy kennel kennels aviary aviaries hatchery stables cattery apiary shop project aid`)

// Heads that make an organisation on their own only with a proper word
// beside them (generic alone: "the clinic", "Centro").
var weakOrgHeads = set(`center centre centro casa home living system systems network
	services group plan medical practice therapy lines advantage disability compensation
	health co me saude care nursing plano lar operadora planos sistemas lung sleep alliance campus partnership trust choice equipment plans
	recovery team council comunidade bureau flight telehealth telemedicine telemedicina
	farm ranch shop project aid`)

// Words that end an organisation name when they follow a head ("Clinic Note").
var docTypeWords = set(`note notes report summary visit follow-up followup letter handoff
	encounter call order form record records nota relatorio laudo evolucao resumo
	registro boletim atendimento triagem triage discharge admission consult consultation
	department dept unit ward floor room intake division service team program`)

// Clinical abbreviations and header words that look like names in capitals.
var clinicalStop = set(`abd adm dol dbs ihc fmla nyha hfref hfpef pix her his him hers she he they them their its our your my sua seu suas seus dela dele delas deles had has was were did does samu ip cta rlq ruq llq luq ag ab mondays tuesdays wednesdays thursdays fridays saturdays sundays
	hcp poa hie dcp tce rom ldl hdl chol vldl pfts pft fev1 fvc dlco ama dnr dni polst molst snf ltac
	ssp detran sesp ssp/sp nega aguardando refere relata apresenta evolui mantem segue nega
	spanish portuguese mandarin cantonese vietnamese arabic haitian creole espanhol ingles portugues
	pt pts pcp ed er icu or ob gyn ent bp hr rr spo2 gcs ems ekg ecg
	cxr ct mri us usg nihss inr bmp cbc cmp ua tsh hgb hb dx hx rx sx tx fx px
	cc hpi ros pmh psh fh sh a/p ap plan exam labs meds allergies assessment impression
	findings indication technique history comparison conclusion recommendation
	procedure diagnosis results result comment comments specimen sample collected
	received reported final signed note dob dn mrn ssn npi dea cpf cns rg cnpj cep zip
	id name nome patient paciente age idade sex sexo date data fax tel phone
	address endereco email re subject from to cc bcc attn signature
	mg ml kg mcg mmol meq iu bid tid qid qhs prn po iv im sc sl pr q4h q6h q8h
	nka nkda hiv hcv hbv copd chf cad ckd dm htn has dpoc iam avc tep tvp itu uti
	rn md np lpn aka sob doe pnd nvd bm gi gu cv cns heent msk neuro psych skin
	left right l r bilateral ok yes no none neg pos positive negative normal abnormal
	naturalidade municipio cidade bairro procedencia medi cal biba bibems dbnr
	mvc mva sog sng hh ir
	esr emg ncs tpn ispd apr tb os ou sspds pacu epds carc mlpa asccp dheg qtde paefi paif scfv medigap
	sds sejusp ifp iit dgpc sesdec pcmg org form
	sd cb pm ff
	aed epcr hics nrb decon rosc qa usb ur marshal nir
	micu sicu cvicu irb inss
	eeg psg mslt vpsg ib sop edc lmp kps sae crf icf tcle`)

// Words that cue a location name after them.
var locCueWords = set(`in at from to near em no na de do da para natural residente procedente
	moram mora reside vive bairro municipio cidade naturalidade`)

// setFilter answers "certainly not in the set" for most words with one
// bit test (length and first byte) before a map lookup, which costs a hash
// of the word; most tokens of a note are in none of the cue sets.
type setFilter [32][4]uint64

func newSetFilter[V any](ms ...map[string]V) *setFilter {
	f := new(setFilter)
	for _, m := range ms {
		for w := range m {
			f.add(w)
			f.add(foldString(w))
		}
	}
	return f
}

func (f *setFilter) add(w string) {
	if w != "" {
		l, c := min(len(w), 31), w[0]
		f[l][c>>6] |= 1 << (c & 63)
	}
}

func (f *setFilter) may(w string) bool {
	if w == "" {
		return true
	}
	l, c := min(len(w), 31), w[0]
	return f[l][c>>6]&(1<<(c&63)) != 0
}

var (
	// (the cue sets asked of single tokens use cue bits instead: cue.go)
	// the words that can carry lxMonth and lxLabel (see addCues)
	monthFilter = newSetFilter(monthNames)
	labelFilter = func() *setFilter {
		f := newSetFilter[bool]()
		for w := range labelTable {
			for i := 0; i < len(w); i++ {
				if w[i] == ' ' || w[i] == '-' || w[i] == '/' || w[i] == '\'' {
					w = w[:i]
					break
				}
			}
			f.add(w)
			f.add(foldString(w))
		}
		for _, w := range []string{"nº", "n°", "nro", "num"} {
			f.add(w)
		}
		return f
	}()
)
