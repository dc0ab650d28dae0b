// The Spanish phrasings of a follow-up to an act-now reply, beside the English ones in
// ./safetyFollowUp.ts (same kinds, same order, same rules). Written without accents: the text is
// folded before it is read ("¿manejo yo?" → "manejo yo", "allá" → "alla", "niño" → "nino").
// Dallas Spanish as patients type it: usted and tú forms, "ahorita", "raite", "troca", Spanglish
// ("urgent care", "el ER").
import type { FollowUpKind } from './safetyFollowUp';

/** Somewhere that is not our clinic: the ER, a hospital, urgent care, a doctor. */
const ER_ES =
  '(?:la )?(?:sala de emergencias?|emergencias?|emergency|er|hospital|urgent care|urgencias|clinica de urgencias|ambulancia|doctor|medico|doctora|medica|carenow|care now|parkland|baylor|methodist|presby|texas health|medical city)';
/** Someone else who could take the person. */
const SOMEONE_ES =
  '(?:esposa|esposo|marido|mujer|senora|viejo|vieja|pareja|novio|novia|amigo|amiga|compa|compadre|comadre|mama|papa|madre|padre|hijo|hija|hijos|hijas|hermano|hermana|vecino|vecina|companero|companera|primo|prima|tio|tia|suegro|suegra|cunado|cunada|nieto|nieta|familia|alguien)';

/** "¿qué tiene que hacer exactamente?", "¿qué hacemos ahora?": what to do, asked of the warning. */
export const SPANISH_WHAT_TO_DO =
  /\bque (?:tiene|tengo|debe|debo|necesita|necesito|tenemos|debemos|tienen|deben) (?:que )?hacer\b|\bque (?:hago|hacemos|hace|le hago)(?: ahora| entonces| exactamente)?$|\b(?:cuales son )?los (?:siguientes|proximos) pasos\b|\by ahora que$/;

/** Someone taking over the chat: "soy su mamá", "habla su papá". */
export const SPANISH_NEW_READER =
  /\b(?:soy|habla|le habla|aqui (?:esta|habla)) (?:su|la|el) (?:mama|mami|madre|papa|papi|padre|esposa|esposo|abuela|abuelo|tia|tio|hermana|hermano|entrenador|entrenadora|tutor|tutora)\b/;

/** In the order they are tried: the first that matches names the message. */
export const SPANISH_FOLLOW_UPS: ReadonlyArray<readonly [FollowUpKind, RegExp]> = [
  [
    // Un raite solo más tarde: "mi hija no me puede llevar hasta las 3, ¿es muy tarde?"
    'ride-later',
    /\bno (?:me |nos |lo |la |los )?(?:puede|pueden|podra|podran|va a poder|van a poder) (?:llevar|recoger|traer|dar raite)(?: \w+){0,3} (?:hasta|sino hasta|antes de)\b|\bsino hasta (?:las|la|que|despues)\b|\bes (?:muy |demasiado )?tarde\b|\bsera (?:muy |demasiado )?tarde\b/,
  ],
  [
    // Ya lo atendieron: "ya me cosieron en el hospital", "ya fuimos a urgencias y le sacaron radiografía".
    'seen',
    /\bya (?:me |le |lo |la |nos )?(?:cosieron|coseron|suturaron|revisaron|atendieron|checaron|chequearon|curaron|enyesaron|entablillaron|dieron de alta)\b|\b(?:me|le|nos) (?:pusieron|dieron|cosieron) (?:\d+ |unos |varios )?puntos\b|\bya (?:fui|fuimos|regrese|regresamos|volvimos|salimos|sali) (?:al|a la|a|del|de la|de) (?:hospital|er|sala de emergencias|emergencias|urgencias|urgent care|clinica)\b|\b(?:el doctor|la doctora|el medico|en el hospital|en urgencias)(?: \w+){0,2} (?:dijo|dijeron) que (?:esta|estaba|no esta|no estaba) (?:bien|rot[oa]|quebrad[oa])\b/,
  ],
  [
    // Asking the bot to make the call ("¿me puedes llamar tú al 911?"): every act-now mode answers its
    // 'crisis' kind with its own instruction again, and the Spanish words say 911 speaks Spanish.
    'crisis',
    /\b(?:me |nos |le )?(?:puedes|puede|podrias|podria|pudieras|pudiera) (?:tu |usted )?(?:llamar|marcar|hablar)(?:le)? (?:tu |usted )?(?:al|a la|a el|a) (?:911|ambulancia|hospital|sala de emergencias|emergencias|urgent care|paramedicos)\b|\b(?:llama|llame|marca|marque)(?:le)? (?:tu|usted) (?:al|a la) (?:911|ambulancia|hospital)\b|\bllam(?:ar|en|as|e) por mi\b/,
  ],
  [
    // Los planes de la clínica: "¿aceptan Medicaid?", "¿toman mi aseguranza?" (antes de paperwork y cost).
    'insurance',
    /\b(?:aceptan|acepta|toman|toma|trabajan con|reciben|agarran|manejan)\b(?: \w+){0,2} (?:seguros?|aseguranzas?|asegurans\w*|medicaid|medicare|chip|tricare|blue ?cross|aetna|cigna|united\w*|humana|ambetter|molina|superior|planes|plan)\b|\b(?:que|cuales|cual) (?:seguros?|aseguranzas?|planes) (?:aceptan|toman|reciben|manejan)\b/,
  ],
  [
    // Trabajo, seguro o papeles: "mi supervisor dice que tengo que ir a la clínica de la compañía".
    'paperwork',
    /\bcompensacion (?:al trabajador|laboral|de trabajadores)\b|\bworkers? ?comp\w*|\bclinica (?:de la|del) (?:compania|empresa|trabajo)\b|\bdoctor (?:de la|del) (?:compania|empresa|trabajo)\b|\b(?:patron|patrona|jefe|jefa|supervisor|supervisora|mayordomo|recursos humanos)(?: \w+){0,2} (?:dice|dijo|quiere|me pide|me obliga|exige)\b|\b(?:avisar|decirle|decir|llamar) (?:a |al )?(?:mi )?(?:patron|jefe|jefa|supervisor|trabajo|recursos humanos)\b|\bpapeleo\b|\breclamo\b|\breporte de (?:accidente|incidente)\b|\bincapacidad\b|\bnota (?:medica|del doctor|para el trabajo)\b/,
  ],
  [
    // Qué decir o llevar: "¿qué les digo cuando llegue?".
    'tell-them',
    /\bque (?:les |le )?(?:digo|diga|decimos|voy a decir|tengo que decir|debo decir|le digo|les digo)\b|\bque (?:llevo|debo llevar|tengo que llevar|les llevo)\b|\b(?:llevo|traigo|debo llevar|tengo que llevar|le llevo|les llevo) (?:mis|sus|las|los|su|mi) (?:medicinas|pastillas|medicamentos|frascos|papeles|recetas)\b|\bque (?:informacion|datos) (?:les )?(?:doy|necesitan|piden)\b/,
  ],
  [
    // Qué hacer, preguntado tal cual: "¿qué tiene que hacer exactamente?", "¿y ahora qué hacemos?".
    'what-to-do',
    SPANISH_WHAT_TO_DO,
  ],
  [
    // Seguimiento aquí después: "¿puedo ir con ustedes después para el seguimiento?".
    'after-care',
    /\bseguimiento\b|\bdespues (?:de (?:la sala de emergencias|emergencias|urgencias|el hospital|del hospital|la ambulancia|que me (?:vean|atiendan|revisen|curen))|del er)\b.{0,40}\b(?:ustedes|su clinica|la clinica|terapia|rehabilitacion|recuperacion)\b|\b(?:rehabilitacion|terapia|recuperacion) (?:con ustedes|despues)\b/,
  ],
  [
    // Una cita aquí: "¿cuándo es lo más pronto que me pueden ver?".
    'appointment',
    /\blo mas pronto (?:que|posible)\b|\bla (?:primera|proxima) cita\b|\bcita (?:disponible|para hoy|hoy|esta tarde|despues del trabajo)\b|\bcuando (?:me )?(?:pueden|puede|podrian|podria) (?:ver|atender|dar cita)\b|\b(?:a que hora|hasta que hora) (?:abren|cierran)\b|\b(?:estan|esta) abiertos?\b|\bsu horario\b/,
  ],
  [
    // Un analgésico preguntado, no en lugar de la revisión: "¿puedo tomar ibuprofeno antes de ir?".
    'painkiller',
    /^(?!.*\b(?:y ver|y esperar|y espero|en vez de ir|en lugar de ir|para no ir)\b).*\b(?:puedo|podria|debo|deberia|le puedo|le doy|esta bien|es seguro|me puedo|se puede)\b.*\b(?:ibuprofeno|advil|motrin|tylenol|acetaminofen|paracetamol|aleve|naproxeno|aspirina|analgesicos?|pastillas? para el dolor|algo para el dolor|medicina para el dolor|antiinflamatorios?)\b/,
  ],
  [
    // A quién atiende la clínica: "¿atienden niños?", "¿ven a personas mayores?".
    'who-we-see',
    /\b(?:atienden|atiende|tratan|trata|ven|reciben|aceptan|revisan) (?:a |tambien a )?(?:ninos?|ninas?|chamacos|menores|adolescentes|jovenes|jovencitos|bebes?|personas mayores|adultos mayores|ancianos|viejitos|gente mayor|corredores|deportistas|atletas|embarazadas|mi hij[oa]|mis hijos|mi niet[oa])\b/,
  ],
  [
    // Nadie que cuide a los niños: "no tengo con quién dejar a mis hijos", "no puedo dejar solos a los niños".
    'childcare',
    /\b(?:no tengo|no hay) (?:con )?quien\b(?: \w+){0,3} (?:cuide|cuida|cuidar|vea|ver|deje|dejar|encargue|encargar)\b(?: \w+){0,3} (?:ninos|ninas|hijos|hijas|chamacos|plebes|bebe|bebes|nietos|chiquitos|morros)\b|\bnadie (?:que |quien )?(?:me )?(?:cuide|cuida|vea|ve|cuidar)(?: \w+){0,2} (?:ninos|ninas|hijos|hijas|chamacos|plebes|bebe|bebes|nietos|chiquitos|morros)\b|\bno (?:puedo|podemos) dejar(?: \w+){0,3} (?:ninos|ninas|hijos|hijas|chamacos|plebes|bebe|bebes|nietos|chiquitos|morros)\b|\bsol[oa] con(?: \w+){0,2} (?:ninos|ninas|hijos|hijas|chamacos|plebes|bebe|bebes|nietos|chiquitos|morros)\b|\bno tengo (?:ninera|babysitter|guarderia)\b/,
  ],
  [
    // Sin cómo llegar: "no puedo manejar de noche", "no tengo quién me lleve", "mi hija trabaja hasta las 6".
    'no-ride',
    new RegExp(
      `\\bno (?:puedo|podemos|puede|se|sabe) manejar\\b|\\b(?:ya )?no manej(?:o|a|amos)\\b|\\bno (?:tengo|tenemos|tiene|hay) (?:carro|coche|troca|camioneta|auto|raite|ride|aventon|transporte|como (?:ir|llegar|irme)|en que (?:ir|irme|llegar)|quien me (?:lleve|lleva|pueda llevar|de raite|de un aventon))\\b|\\bnadie (?:que )?(?:me |nos )?(?:puede |podria |quiere )?(?:llevar|lleva|lleve|dar raite|da raite|de raite)\\b|\\bmi ${SOMEONE_ES} (?:trabaja|sale|llega|esta trabajando|anda trabajando|no esta|no llega|se llevo el carro|tiene el carro|vive lejos|esta fuera)\\b|\\bno (?:me |nos )?alcanza (?:para|pa) (?:el |un )?(?:taxi|uber|raite|lyft)\\b|\\bno (?:veo|puedo ver) (?:bien )?(?:de noche|en la noche|en la oscuridad)\\b|\\bno (?:se|sabria) como llegar\\b`,
    ),
  ],
  [
    // The cost in the way: "no tengo seguro", "¿cuánto cuesta?", "no tengo papeles" (an emergency room
    // must see everyone, whatever they can pay).
    'cost',
    /\bno (?:tengo|tenemos|tiene|tienen) (?:seguro|aseguranza|papeles|dinero|con que pagar)\b|\bno (?:puedo|podemos|podria) pagar(?:lo|la)?\b|\bno (?:me |nos )?alcanza (?:para|pa) (?:el |la )?(?:urgent care|urgencias|clinica|doctor|consulta)\b|\b(?:cobra|cobran|cuesta|me van a cobrar) (?:un dineral|mucho|caro|un ojo de la cara)\b|\bpor lo que (?:me )?(?:van a cobrar|cobran|cuesta)\b|\bsin (?:seguro|aseguranza|papeles)\b|\bcuanto (?:cuesta|cobran|me cobran|sale|me sale|va a costar)\b|\bno (?:tengo|me alcanza|nos alcanza) (?:para|pa) (?:pagar|el hospital|la ambulancia)\b|\b(?:muy|bien|re) caro\b|\b(?:me |lo |la )?(?:cubre|cubrira|paga) (?:mi |el )?(?:seguro|aseguranza)\b|\b(?:mi |el )?(?:seguro|aseguranza) (?:me |le |nos |lo )?(?:cubre|paga|cubrira)\b/,
  ],
  [
    // Nadie contesta en el consultorio o con el cirujano: "¿y si llamo y nadie contesta?", "me manda al buzón" (r25).
    'no-answer',
    /\b(?:nadie|ninguno) (?:me |nos |le )?(?:contesta|contestan|responde|responden|agarra|levanta|regresa la llamada|devuelve la llamada)\b|\bno (?:me |nos |le )?(?:contesta|contestan|responde|responden|regresan la llamada|devuelven la llamada)\b|\b(?:me |nos )?(?:manda|mandan|sale|salta) (?:al|a la|a) (?:buzon|contestadora|grabadora)\b|\bno (?:puedo|pude|podemos) (?:comunicarme|comunicarnos|hablar con (?:nadie|el|ella|ellos))\b/,
  ],
  [
    'reluctant',
    /\bno (?:quiero|quiere|queremos) (?:molestar|ser (?:una )?molestia|dar (?:lata|molestias?)|hacer (?:un )?(?:escandalo|drama|alboroto)|preocupar a nadie)\b|\b(?:odio|odia|le tiene miedo a|le da miedo|me da miedo|tengo miedo a|tengo miedo de) (?:los |el |ir al |ir a la )?(?:hospital(?:es)?|emergencias|sala de emergencias|doctores|ambulancias?)\b|\b(?:se tardan|tardan|se tarda|esperar|esperando|espera de) (?:\w+ ){0,3}(?:horas|mucho|todo el dia|toda la noche)\b|\bhoras (?:esperando|en (?:la sala|emergencias|el hospital))\b/,
  ],
  [
    'where',
    new RegExp(
      `\\b(?:urgencias|urgent care|clinica de urgencias|hospital|emergencias|sala de emergencias) o (?:a )?(?:la |el |una |un )?(?:sala de emergencias|emergencias|urgencias|urgent care|hospital)\\b|\\b(?:a donde|adonde|donde) (?:voy|vamos|me voy|debo ir|tengo que ir|puedo ir|lo llevo|la llevo|me llevan|acudo|queda)\\b|\\ba (?:cual|que) (?:hospital|clinica|urgent care|sala de emergencias|lugar) (?:voy|vamos|debo ir|me voy)\\b|\\bcual (?:hospital|urgent care|clinica|sala de emergencias)\\b|\\b(?:el|la) (?:hospital|urgent care|clinica de urgencias|sala de emergencias|emergencia) mas cercan[oa]\\b|\\bdonde (?:hay|queda|encuentro) (?:un |una |el |la )?(?:hospital|urgent care|clinica|sala de emergencias)\\b`,
    ),
  ],
  [
    'drive-self',
    /\b(?:manejo|conduzco) yo\b|\byo (?:mismo |misma |sola |solo )?(?:manejo|me manejo|conduzco)\b|\b(?:manejar|conducir) yo\b|\b(?:puedo|podria|debo|deberia|pudiera|esta bien|estaria bien|es seguro|seria seguro|ok|okey|me dejan|aguanto) (?:si )?(?:yo )?(?:manejar|manejo|conducir|conduzco)\b|\b(?:me voy|voy|me ire|nos vamos) manejando\b|\bme manejo\b|\b(?:agarro|tomo|saco|me llevo|me subo (?:a|al)) (?:el |mi |la )?(?:carro|coche|troca|camioneta|auto)\b|\bpuedo ir (?:yo )?(?:en|con) (?:mi |el )?(?:carro|coche|troca|camioneta)\b|\b(?:voy|me voy|me ire|ire) (?:yo )?en (?:mi |el )?(?:carro|coche|troca|camioneta|auto)\b/,
  ],
  [
    'to-clinic',
    /\bsu (?:clinica|consultorio|oficina|local|equipo|doctor|doctora|fisioterapeuta|terapeuta)\b|\bla clinica de ustedes\b|\b(?:con|a ver a|ver a|donde) ustedes\b|\binnovative health\b|\b(?:hacer|sacar|agendar|pedir|apartar|tener) (?:una |la )?cita\b|\bcita con (?:ustedes|usted|el doctor|la doctora)\b|\bme (?:pueden|puede|podrian|podria|pudieran) (?:ver|atender|revisar|checar|chequear)\b|\b(?:ir|voy|paso|pasar|llegar|llego) (?:a|por) (?:su|la) clinica\b(?! de urgencias)|\bvoy (?:con|para) ustedes\b|\b(?:dr|doctor|doctora|medico|clinica|terapeuta|equipo) de ustedes\b|\bagendar\b/,
  ],
  [
    'getting-there',
    new RegExp(
      `\\b${SOMEONE_ES}\\b.*\\b(?:me|nos) (?:\\w+ )?(?:\\w+ )?(?:lleva\\w*|lleve\\w*|llevar\\w*|da raite|dar raite|da un aventon|dar un aventon)\\b|\\b(?:me|nos) (?:\\w+ )?(?:lleva|llevan|llevara|llevaran|llevaria|puede llevar|pueden llevar|va a llevar|van a llevar)\\b|\\bllevarme\\b|\\b(?:raite|aventon|un ride|uber|lyft|taxi)\\b|\\b(?:puedo|podemos|debo|mejor|nomas|solo) (?:me )?(?:ir|irme|voy|me voy|vamos) (?:directo |derechito |mejor )?(?:a|al|para|para el|para la) ${ER_ES}\\b|\\ben (?:vez|lugar) de (?:llamar|la ambulancia|una ambulancia|el 911|911|al 911)\\b|\\bsin (?:llamar (?:al )?)?(?:911|ambulancia)\\b|\\b(?:viene|vienen|va a venir|pasa|pasan) por mi\\b|\\bme (?:recoge|recogen|va a recoger|van a recoger)\\b|\\ben (?:el |un )?(?:camion|autobus|bus|tren|dart|taxi)\\b|\\b(?:llamo|llamar|llamarle|marco|marcarle|le marco|hablo|hablar|hablarle) (?:primero )?(?:a |con )?(?:mi |el |la )?(?:doctor|doctora|medico|medica)\\b|\\b(?:lo|la|los) (?:puedo |podemos |debo )?(?:llevo|llevamos|llevar)\\b|\\b(?:lo|la|los) (?:subo|subimos|subir) (?:a|al|en) (?:la |el |mi )?(?:camioneta|troca|carro|coche|auto)\\b|\\b(?:voy|vamos|me voy|nos vamos) (?:directo |derechito |mejor )?(?:a|al|a la|para el|para la) ${ER_ES}\\b`,
    ),
  ],
  [
    'exercise',
    // Working the part (stretching, rubbing, rolling) always; a sport or a run only when the person
    // means to do it ("¿puedo salir a correr?"), not "¿qué tenis son buenos para correr?".
    /\b(?:jal(?:o|ar|arla|arlo|andola)|forz(?:ar|arla|arlo)|endereza(?:rla|rlo)|acomoda(?:rla|rlo)|sacudi(?:rla|rlo)|estir\w*|masaj\w*|sob(?:ar|arla|arlo|o|e|ando|adita)|frot\w*|rodillo|foam ?roll\w*|ejercicio\w*|ejercitar\w*|sentadillas?|zancadas?|yoga|pilates|pistola de masaje|theragun)\b|\b(?:puedo|podria|pudiera|debo|deberia|se vale|esta bien|conviene|sigo|seguir|puede|salir a|salgo a|ir a|voy a|vuelvo a|regresar a|regreso a)(?: \w+)?(?: a)? (?:caminar(?:le)? (?:un poco|un rato|tantito|poquito)|correr|trotar|entrenar|jugar|nadar|andar en bici|hacer pierna|hacer pesas|levantar pesas|al gimnasio|al gym|mi carrera|la carrera|el maraton|el partido|la cascarita|competir|el torneo|la rodada|rodar)\b/,
  ],
  [
    'medicines',
    /\b(?:anticoagula\w*|adelgaza(?:r|dor|dores)? (?:la|de la) sangre|pastillas? (?:para|de) (?:la sangre|adelgazar la sangre|la presion|el azucar|la diabetes|el corazon)|warfarin\w*|coumadin|eliquis|xarelto|plavix|insulina|(?:mis|sus) (?:medicinas|pastillas|medicamentos) (?:de siempre|diarias|de diario|normales))\b/,
  ],
  [
    'home-care',
    /\b(?:hielo|hielito|compres\w*|bolsa de (?:hielo|chicharos|verduras|agua caliente)|chicharos congelados|calor|cojin electrico|almohadilla|elev\w*|en alto|(?:subo|subir|levanto|levantar|pongo|poner) (?:la|el) (?:pierna|pie|rodilla) (?:arriba|en alto)|la subo|la levanto|vend\w*|rodillera|ibuprofeno|advil|motrin|tylenol|paracetamol|acetaminofen|aleve|naproxeno|aspirina|pastillas?|medicinas?|analgesicos?|antiinflamatori\w*|desinflamatori\w*|pomada|crema|unguento|vaporub|vicks|arnica|reposo|descans\w*|me acuesto|acostarme|recostarme|en casa|remedios?|me tomo algo|tomo algo|tomarme algo|tomar algo|(?:dar|darle|le doy|doy|le puedo dar|darles) (?:algo|alguna? (?:pastilla|medicina|cosa))|algo para el dolor|tomo una pastilla|me curo solo|me la curo|me lo curo|calcetines|calcetas|cobija\w*|frazada|manta|agua tibia|que se caliente|calentar(?:lo|la|le)?)\b/,
  ],
  [
    // Work in the way: "pero tengo que trabajar", "no puedo faltar al trabajo".
    'wait',
    /\b(?:tengo|tiene|tenemos) (?:que (?:ir a )?trabajar|trabajo|jale|chamba)\b|\bno (?:puedo|puede) (?:faltar|perder (?:el|mi|su) (?:trabajo|jale|chamba|turno))\b|\bmi (?:patron|jefe|mayordomo)\b/,
  ],
  [
    'wait',
    /\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|pasado manana|esta noche|en la noche|fin de semana|otra semana|proxima semana|semana que viene|al rato|mas tarde|otro dia|unos dias|un par de dias|dia o dos|amanezco|amanecer|amanece)\b|\b(?:le |les )?(?:doy|damos|voy a dar|vamos a dar|dare) (?:una|un par de|unos|unas|dos|tres) (?:semana|semanas|dias|horas)\b|\b(?:esperar\w*|esperarme|espere|esperamos|aguant\w*)\b|\bespero\b(?! que)|\ba ver (?:como|si) (?:sigue|sigo|amanece|amanezco|me siento|va|esta|se (?:me )?quita|mejora)\b|\bse (?:me |le |les |nos )?(?:quita|pasa|va a quitar|va a pasar|acomoda|compone|destraba|desatora|regresa|baja|desinflama|suelta|arregla)(?: \w+)? (?:sol[oa]|solita|solito|sol[oa]s)\b|\bver si se (?:me |le )?(?:quita|pasa|baja|compone|destraba|acomoda)\b|\b(?:si|cuando|mientras) (?:me )?(?:duermo|dormimos|duerme|descanso|descansa)\b|\bconsultarlo con la almohada\b|\b(?:primero|antes) tengo que\b|\btengo que (?:\w+ ){1,4}(?:primero|antes)\b|\b(?:lo|la) dejo\b|\bdejarlo para\b|\b(?:ahorita|ahora) no\b|\bno tengo tiempo\b|\bestoy (?:muy )?ocupad[oa]\b|\b(?:despues|saliendo) del (?:trabajo|jale)\b|\bsalgo del (?:trabajo|jale|turno)\b|\b(?:voy|vamos|ire|iremos) (?:despues|luego|mas al rato)\b/,
  ],
  [
    'dismiss',
    /\bno (?:es|sera|creo que sea|pienso que sea|ha de ser) (?:nada|tan grave|grave|para tanto|tan malo|tan serio|serio)\b|\bno es para tanto\b|\b(?:seguro|seguramente|a lo mejor|tal vez|quizas|ha de ser|debe ser|nomas es|solo es|es solo|es nomas|es puro|es pura|es|sera|son) (?:solo |nomas |nada mas |puro |pura )?(?:un |una |el |la )?(?:nada|calambre|golpe|golpecito|moreton|jalon|tiron|torcedura|esguince|estres|ansiedad|nervios|cansancio|panico|ataque de panico|mi imaginacion|la edad)\b|\bno creo (?:que|q) sea (?:pa|para) tanto\b|\b(?:ha de ser|debe ser|seguro es|seguro fue|nomas es) (?:que|q|porque|por que)\b|\b(?:ansiedad|ataques? de panico|nervios nada mas|puros nervios)\b|\bexager\w*|\bparanoic\w*|\bdramatic\w*|\b(?:estaba|era|fue|estoy) (?:de )?(?:broma|bromeando|jugando|vacilando)\b|\bes broma\b|\bno pasa nada\b|\bfue (?:nomas |solo |nada mas |puro |pura )?(?:un |una )?(?:susto|golpe|golpecito|torcedura|jalon|tiron|calambre|moreton)\b|\bme da (?:pena|verguenza)\b|\b(?:ya )?(?:estoy|me siento|me siento ya) (?:bien|mejor)\b|\bya se me (?:paso|quito)\b|\bno (?:me |le |les |nos )?duele (?:tanto|mucho|nada)\b|\bno (?:esta|se ve) tan mal\b|\b(?:seguro|seguramente|a lo mejor|ha de ser|debe ser) (?:es |sera )?(?:nomas |solo |nada mas )?por\b|\bya se me va a (?:bajar|quitar|pasar)\b|\b(?:ha de ser|debe ser|seguro es|sera|es|son) (?:nomas |solo |puro |puros )?(?:de|del|por el|dolor(?:es)? de) crecimiento\b|\bdolor(?:es)? de crecimiento\b|\b(?:no quiero|no hay que|para que) hacer (?:tanto |mucho )?(?:pancho|escandalo|drama|alboroto|borlote|show|panchote)\b|\b(?:olvidalo|olvidelo|olvidenlo|no me hagas caso|no me haga caso|dejalo|dejelo|no te preocupes|no se preocupe|(?:nomas|solo|nada mas) estoy cansad[oa])\b/,
  ],
  [
    'going',
    /\b(?:llamando|marcando|hablando) (?:al|a la|a el|a) (?:911|ambulancia|hospital|emergencias|paramedicos)\b|\bya (?:viene|va a venir|esta aqui|llego) (?:la|el) (?:ambulancia|paramedico|paramedicos)\b/,
  ],
  [
    'going',
    /\b(?:ya|ahorita|ahora) (?:voy|vamos|salgo|salimos|me voy|nos vamos|llamo|marco|le marco|les marco|lo hago)\b|\b(?:voy|vamos) (?:para alla|pa alla|saliendo|en camino|para el hospital|para la sala|al hospital|a la sala)\b|\ben camino\b|\bya (?:llame|llamamos|marque|marcamos|les marque|le marque|les marcamos|hable|hablamos)\b|\bya (?:le |les )?(?:llame|llamamos|marque|marcamos|hablamos) (?:al |a la |a los )?(?:911|988|ambulancia|paramedicos|emergencias)\b|\bya (?:estoy|estamos) (?:llamando|marcando)\b|\b(?:ya|ahorita) (?:vienen|viene) (?:en camino|para aca|la ambulancia|los paramedicos)\b|\b(?:911|ambulancia)\b.*\bya (?:vienen|viene)\b|\b(?:estoy|estamos) (?:llamando|marcando|saliendo)\b|\b(?:voy|vamos) a (?:llamar|marcar) (?:al |a la )?(?:911|988|ambulancia|ahorita|ahora|ya)\b|\b(?:llamo|marco) (?:al )?(?:911|988)\b|\bla ambulancia (?:ya )?(?:viene|llego|esta aqui|va en camino)\b|\bya viene la ambulancia\b|\b(?:estoy|estamos|ya estoy|ya estamos) en (?:el hospital|la sala de emergencias|la sala de espera|urgent care|urgencias|emergencias|el er)\b|\beso hare\b|\b(?:me|nos) voy (?:ya|ahora|ahorita)\b|\bme voy ya\b|\bya salgo\b|\bsalgo (?:para|pa) (?:alla|urgent care|urgencias|el hospital|la sala)\b|\bavisar que (?:ya )?(?:vamos|voy)\b|\b(?:ya )?(?:voy|vamos|me voy|nos vamos) (?:pa|pal|para|para el|para la) (?:urgent care|urgencias|la sala|sala de emergencias|emergencias|el er|er|hospital|el hospital)\b|\bya (?:hice|saque|agende|pedi|aparte|tengo|me dieron) (?:una |la |mi )?cita\b|\btengo cita (?:para )?(?:hoy|ahorita|en la tarde)\b/,
  ],
  [
    'ack',
    /^(?:ok|okey|oki|va|sale|si|claro|esta bien|de acuerdo|entendido|entiendo|gracias|muchas gracias|perfecto|listo|orale|bueno|muy bien)(?: (?:ok|gracias|muchas gracias|lo hare|ya voy|ahorita|ahora|si|va))*$/,
  ],
  ['thanks', /\b(?:gracias|muchas gracias|te lo agradezco|se lo agradezco|le agradezco|te agradezco)\b/],
];

/** A crisis said again, in other words (Spanish), or a doubt that 988 speaks Spanish ("¿el 988 es puro
 * inglés?"): both get the crisis line again, whose Spanish words say how to reach it in Spanish. */
export const SPANISH_CRISIS_AGAIN =
  /\b(?:en serio|lo digo en serio|hablo en serio|no estoy bromeando|no es broma|ya no quiero (?:seguir|vivir|estar aqui|despertar|nada)|no quiero (?:seguir|vivir|despertar)|no (?:le )?(?:veo|encuentro) (?:el |ningun )?sentido|sin sentido|para que (?:sigo|seguir|vivir|vivo)|no vale la pena|no sirvo para nada|soy una carga|me quiero morir|quiero morir\w*|morirme|matarme|suicid\w*|quitarme la vida|hacerme dano|acabar con todo|terminar con todo|ya no puedo (?:mas|con esto)|no aguanto mas|estoy (?:muy )?sol[oa]|nadie me quiere|a nadie le importa|estarian? mejor sin mi|sin esperanza|no tiene caso|de que sirve|ya me canse de (?:todo|vivir)|estoy hart[oa] de (?:todo|vivir|la vida)|me siento vaci[oa]|(?:otra vez|de nuevo) lo (?:dijo|dice|repitio)|lo (?:volvio a decir|sigue diciendo|repite)|se encerro|no (?:me |nos )?(?:abre|contesta|responde)|le pido a dios que (?:ya )?me (?:recoja|lleve)|988\b.*\b(?:ingles|english|espanol|spanish)|(?:ingles|espanol)\b.*\b988|no hablo (?:bien |mucho |nada de )?(?:el )?ingles|(?:lo )?sigo pensando|lo pienso|no dejo de pensar|pienso en (?:eso|hacerlo|las pastillas)|para que me levanto|no quiero (?:llamar|hablar con|molestar) a nadie|no voy a llamar|(?:ese|el|otro|su) numero|ya (?:lo )?(?:decidi|decidimos|tengo decidido|esta decidido)|(?:tome|ya tome) (?:la|mi) decision|(?:dice|dijo|me dice|me dijo) que (?:ya )?(?:esta|se siente|anda) bien|(?:lo|la|me) (?:deje|dejen|dejes|dejemos) (?:en paz|sol[oa]|tranquil[oa])|le (?:hago|hacemos) caso|ya no tendrian que|(?:hablan|habla|atienden|contestan) (?:en )?espanol|(?:puro|solo|nomas) (?:en )?ingles|cansad[oa] de (?:todo|vivir|la vida)|lo tengo controlado|988|linea de crisis)\b|\bpor que lo (?:hicieron|hizo)\b/;

/** A sign added after the warning, in Spanish: "y ahora tiene calentura", "se le está hinchando". */
export const SPANISH_NEW_SYMPTOM =
  /\b(?:hinchad\w*|se (?:le |me )?(?:esta )?hinch\w*|caliente|calentura|fiebre|frio|fria|helad\w*|morad\w*|palid\w*|entumid\w*|dormid\w*|hormigue\w*|sangr\w*|vomit\w*|no puede (?:caminar|moverla|pisar)|no puedo (?:caminar|moverla|pisar)|(?:no|casi no|ya no) (?:me |le )?(?:siento|siente|sentimos) (?:el |la |los |las |mi |mis |su |sus )?(?:dedos|pie|pies|pierna|piernas|rodilla|pantorrilla|nada))\b/;

/** Something that makes a clot more likely, said after a calf warning: "solo tomo anticonceptivos", "me operaron hace poco". */
export const SPANISH_RISK_FACTOR =
  /\b(?:anticoncepti\w*|pastillas? (?:para no (?:embarazarme|salir embarazada)|de control|anticonceptivas?|de hormonas|hormonales)|la pastilla|hormonas?|inyeccion (?:anticonceptiva|de control)|el parche|embarazad\w*|embarazo|di a luz|dio a luz|acabo de tener (?:a )?(?:mi |un |una )?(?:bebe|nino|nina|hij\w*)|parto|cesarea|postparto|me (?:operaron|hicieron una (?:cirugia|operacion))|cirugia|operacion|yeso|escayola|vuelo|avion|viaje largo|manej\w* (?:\w+ )?horas|(?:estar |estuve |ir |iba |fui )?sentad[oa]s? (?:tanto|tantas horas|mucho|muchas horas|horas|todo el (?:dia|viaje|camino)|\d+ horas)|horas sentad[oa]|(?:camion|autobus|tren) de \w+ horas|en cama|cancer|quimio\w*)\b/;

/** "ya sé del 988", "ya conozco esa línea", "ya les hablé antes": the line again is not enough (safetyFollowUp.ts). */
export const SPANISH_KNOWS_THE_LINE =
  /\b(?:ya )?(?:se|conozco|conoci|tengo|llame|marque|les hable|le hable|hable)\b(?: \w+){0,2} (?:del |el |al |de la |la |ese |esa )?(?:988|numero|linea|linea de crisis|linea de ayuda)\b|\b988\b(?: \w+){0,3} (?:no (?:me )?sirve|no (?:me )?ayuda|no sirvio|no ayudo|antes|ya)\b/;

/** Talking a see-within-days warning down: "nomás son calambres", "seguro es una torcedura, ¿no?" (safetyFollowUp.ts). */
export const SPANISH_SOON_DISMISS =
  /\b(?:nomas|nada mas|solo|solamente|seguro|seguramente|ha de ser|debe ser|a lo mejor)(?: (?:es|son|sera|fue))?(?: (?:un|una|unos|unas|el|la|de))? (?:periostitis|espinillas|calambres?|torcedura|esguince|jalon|tiron|golpe|moreton|cansancio|desgaste|la edad|dolor muscular|muscular|del musculo|sobrecarga)\b|\b(?:a todos|a todo el mundo|a todos los corredores) (?:nos |les |le )?(?:da|dan|pasa)\b/;

/** "soy veterano", "estuve en el ejército", "serví en los Marines": the person served (safetyFollowUp.ts saysVeteran). */
export const SPANISH_VETERAN =
  /\b(?:veteran[oa]s?|servi en (?:el|la|los) (?:ejercito|marina|marines|fuerza aerea|guardia)|estuve en (?:el|la|los) (?:ejercito|marina|marines|fuerza aerea|guardia)|ex ?militar|fui (?:militar|soldado|marine))\b/;
