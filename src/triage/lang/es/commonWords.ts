// Everyday Spanish words that are never read as typos of a red-flag word: "dormir" is not a typo
// of "dormido", "duelo" not of "duele", "sangría" not of "sangra". The English list is added too,
// for Spanglish. Words as the Spanish normaliser leaves them. Garden and kitchen words too: "chiles" is
// not a typo of "chills" (a fever), nor "cocinando" of "caminando" (es-r31: gardening and cooking talk).
export const SPANISH_COMMON_WORDS: readonly string[] = `
infeccion infecciones inyeccion inyecciones dislocaba dislocaban
trababa trababan atoraba atoraban atascaba bloqueaba bloqueaban trancaba
dormir dormi duermo duerme dormia dormimos dormia duelo duelos dolar dolares dolores
sangria sangro calienta calentar calentando calentamiento caliento calor calores
hincha hinchas fibra fibras frito frita fritos fritas pecha pechuga pecado piernitas
caminata caminatas camion camiones camisa camino caminos camina caminaba caminamos
pierde pierdo pienso piensa pienses piensan pinta pintar pisada pisadas piscina pista
rodeo rodear rodaje rodaja rodando rueda ruedas roja rojas rodillera rodilleras
torcedura torneo torta tortilla tortillas trabajo trabaja trabajar trabajando trabaje
trabajos atrasado atraso atras atorar entrada entrar entrenar entreno entrenamiento
entrenador entrenadora entrene hormiga hormigas hormigon dedos dedicar dedico
fuerte fuertes fuerza fuerzas fuera fueron frase frases frente frenar fresa fresco
helado helados hielo hielito hielos hacer hacia hace hacen hecho hechos hicimos
pelota pelotas peso pesos pesas pesado pesada pelea pelear pelicula peliculas
globo globos bola bolas bolsa bolsas bolso boleto boletos bolillo
agua aguas aguacate aguante aguanto aguantar aguja agujas
salir salgo salida salidas salud saludo saludos salto saltos saltar salsa salon
blanca blanco blancos blancas blando blanda morado morada moradas morados
despues despertar despierto despierta despiertan desperte desde despacio
presion presiona presionar prensa presente presento presta prestar
pense pensamos penso pensaba pensabamos
cosas cosa costo costar costilla costillas cortar corto corta cortos cortas
cuerda cuerdas cuerpo cuerpos cuenta cuento cuando cuanto cuantos cuantas
medico medicos medicina medida medidas medio media medias mediodia
perro perra perros gato gata gatos mascota caballo
mejor mejora mejoro mejorar mejorando mejores mayor mayores manera maneras
noche noches nochebuena novia novio novios nueve nuevo nueva nuevos nuevas
tiempo tiempos tienda tiendas tiene tienen tierra tierna tierno tijeras
vamos vaya vayan venir vengo viene vienen venga vengan ventana verdad verde
trabada trabado trabar traba trabas trabajo trago traje traer traigo
semana semanas siempre siento sientes siente sienta sientan sintiendo sentado sentada
llegar llego llega llegue llamar llamo llama llame llamada llamadas lleno llena llevar
mucho mucha muchos muchas muchisimo muy mujer mujeres mundo mundial musica
pregunta preguntas preguntar pregunto preguntando problema problemas
clinica clinicas consulta consultas control correr corriendo corredor corredora carrera carreras
doctor doctora doctores ejercicio ejercicios estirar estiramiento estiramientos terapia
gracias hola buenas buenos tardes dias ayuda ayudar ayudan necesito necesita
regresa regresar regresando suelte suelto soltar vuelve volver golpear
subida subidas subir subiendo subo sucio sucia suciedad
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
queja quejas quejo quejaba quejando quejarse quejan quejar
hoja hojas hojita hojitas
cita citas horario horarios abierto abierta abren cierran precio precios seguro aseguranza
chile chiles chilis chilies chilito chilitos tomates naranjas mangos recao plantas huerta huerto
cocinar cocino cocine cocinaba cocinando planchar manguera mangueras podar pode desyerbar
`
  .split(/\s+/)
  .filter((w) => w !== '');
