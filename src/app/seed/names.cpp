#include "app/seed/names.h"

#include <array>
#include <utility>

namespace healthpulse::app::seed {
namespace {

constexpr std::string_view kFemaleFirstNames[] = {
    "María",     "Ana",       "Lucía",     "Sofía",    "Valentina", "Camila",   "Martina",  "Julieta",  "Florencia",
    "Agustina",  "Micaela",   "Carolina",  "Gabriela", "Laura",     "Silvia",   "Patricia", "Graciela", "Susana",
    "Marta",     "Norma",     "Beatriz",   "Alicia",   "Mónica",    "Claudia",  "Andrea",   "Verónica", "Paula",
    "Daniela",   "Natalia",   "Romina",    "Victoria", "Catalina",  "Emilia",   "Isabella", "Mía",      "Delfina",
    "Josefina",  "Abril",     "Milagros",  "Rocío",    "Belén",     "Antonela", "Celeste",  "Lorena",   "Mariana",
    "Soledad",   "Vanesa",    "Cecilia",   "Adriana",  "Liliana",   "Elena",    "Rosa",     "Teresa",   "Inés",
    "Irene",     "Raquel",    "Estela",    "Nélida",   "Haydée",    "Olga",     "Ramona",   "Dolores",  "Mercedes",
    "Pilar",     "Guadalupe", "Constanza", "Ángeles",  "Brenda",    "Jazmín",   "Candela",  "Luciana",  "Eugenia",
    "Magdalena", "Noelia",    "Yamila",    "Aldana",   "Ludmila",   "Zoe",      "Olivia",   "Renata",
};

constexpr std::string_view kMaleFirstNames[] = {
    "José",      "Juan",     "Carlos",   "Jorge",    "Luis",     "Miguel",   "Roberto",   "Daniel",  "Alberto",
    "Ricardo",   "Héctor",   "Raúl",     "Osvaldo",  "Rubén",    "Hugo",     "Oscar",     "Eduardo", "Mario",
    "Alejandro", "Fernando", "Sergio",   "Gustavo",  "Marcelo",  "Pablo",    "Diego",     "Martín",  "Sebastián",
    "Matías",    "Nicolás",  "Federico", "Gonzalo",  "Lucas",    "Facundo",  "Agustín",   "Tomás",   "Santiago",
    "Joaquín",   "Benjamín", "Mateo",    "Bautista", "Thiago",   "Valentín", "Francisco", "Ignacio", "Maximiliano",
    "Emiliano",  "Leandro",  "Cristian", "Damián",   "Ezequiel", "Germán",   "Hernán",    "Adrián",  "Andrés",
    "Claudio",   "Darío",    "Fabián",   "Gastón",   "Javier",   "Julián",   "Leonardo",  "Manuel",  "Mariano",
    "Mauricio",  "Néstor",   "Omar",     "Patricio", "Ramón",    "Rodrigo",  "Rolando",   "Walter",  "Ángel",
    "Elías",     "Felipe",   "Gabriel",  "Iván",     "Lautaro",  "Ramiro",   "Simón",     "Víctor",
};

constexpr std::string_view kLastNames[] = {
    "González",  "Rodríguez", "Gómez",    "Fernández",  "López",   "Díaz",     "Martínez",   "Pérez",     "García",
    "Sánchez",   "Romero",    "Sosa",     "Álvarez",    "Torres",  "Ruiz",     "Ramírez",    "Flores",    "Acosta",
    "Benítez",   "Medina",    "Suárez",   "Herrera",    "Aguirre", "Pereyra",  "Gutiérrez",  "Giménez",   "Molina",
    "Silva",     "Castro",    "Rojas",    "Ortiz",      "Núñez",   "Luna",     "Juárez",     "Cabrera",   "Ríos",
    "Ferreyra",  "Godoy",     "Morales",  "Domínguez",  "Moreno",  "Peralta",  "Vega",       "Carrizo",   "Quiroga",
    "Castillo",  "Ledesma",   "Muñoz",    "Ojeda",      "Ponce",   "Vera",     "Vázquez",    "Villalba",  "Cardozo",
    "Navarro",   "Ramos",     "Arias",    "Coronel",    "Córdoba", "Figueroa", "Correa",     "Cáceres",   "Vargas",
    "Maldonado", "Mansilla",  "Farías",   "Rivero",     "Paz",     "Miranda",  "Roldán",     "Méndez",    "Lucero",
    "Cruz",      "Hernández", "Agüero",   "Páez",       "Blanco",  "Mendoza",  "Barrios",    "Escobar",   "Ávila",
    "Soria",     "Leiva",     "Acuña",    "Martín",     "Maidana", "Moyano",   "Campos",     "Olivera",   "Duarte",
    "Soto",      "Bustos",    "Chávez",   "Bravo",      "Ibáñez",  "Toledo",   "Valdez",     "Bianchi",   "Rossi",
    "Russo",     "Ferrari",   "Romano",   "Colombo",    "Ricci",   "Marino",   "Greco",      "Bruno",     "Gallo",
    "Conti",     "Costa",     "Fontana",  "Rinaldi",    "Caruso",  "Ferraro",  "Galli",      "Martini",   "Leone",
    "Longo",     "Gentile",   "Lombardi", "Iglesias",   "Otero",   "Varela",   "Rey",        "Pascual",   "Vidal",
    "Calvo",     "Gallego",   "Prieto",   "Lorenzo",    "Schmidt", "Müller",   "Fischer",    "Weber",     "Kovalenko",
    "Nowak",     "Kaplan",    "Levy",     "Cohen",      "Katz",    "Yáñez",    "Zárate",     "Salinas",   "Sandoval",
    "Serrano",   "Espinoza",  "Avendaño", "Echeverría", "Goñi",    "Irigoyen", "Etchegaray", "Larrañaga", "Aráoz",
    "Quintana",  "Villegas",  "Palacios", "Benedetti",  "Mazzini", "Lagos",    "Peña",
};

constexpr std::string_view kStreetNames[] = {
    "Av. Corrientes",
    "Av. Santa Fe",
    "Av. Rivadavia",
    "Av. Córdoba",
    "Av. Cabildo",
    "Av. Callao",
    "Av. Belgrano",
    "Av. Independencia",
    "Av. San Juan",
    "Av. Pueyrredón",
    "Av. Las Heras",
    "Av. del Libertador",
    "Av. Directorio",
    "Av. Juan B. Justo",
    "Av. Triunvirato",
    "Av. Álvarez Thomas",
    "Av. Scalabrini Ortiz",
    "Av. Díaz Vélez",
    "Av. Boedo",
    "Av. La Plata",
    "Av. Nazca",
    "Av. San Martín",
    "Av. Maipú",
    "Av. Mitre",
    "Av. Hipólito Yrigoyen",
    "Av. Eva Perón",
    "Av. Gaona",
    "Av. Avellaneda",
    "Lavalle",
    "Tucumán",
    "Viamonte",
    "Paraguay",
    "Charcas",
    "Güemes",
    "Guatemala",
    "Gurruchaga",
    "Thames",
    "Uriarte",
    "Armenia",
    "Malabia",
    "Gorriti",
    "Honduras",
    "Humboldt",
    "Olleros",
    "Zapiola",
    "Amenábar",
    "Cuba",
    "Arcos",
    "Mendoza",
    "Juramento",
    "Monroe",
    "Blanco Encalada",
    "Virrey del Pino",
    "Acoyte",
    "Rojas",
    "Yerbal",
    "Bacacay",
    "Aranguren",
    "Hidalgo",
    "Bogotá",
    "Caracas",
    "Bolívar",
    "Defensa",
    "Perú",
    "Chile",
    "México",
    "Venezuela",
    "Estados Unidos",
    "Carlos Calvo",
    "Humberto Primo",
    "Moreno",
    "Alsina",
    "Sarmiento",
    "Saavedra",
    "Entre Ríos",
    "Calle 7",
    "Calle 12",
    "Calle 50",
    "Diagonal 74",
    "Italia",
    "España",
    "Colón",
    "Alem",
    "Brown",
    "9 de Julio",
};

constexpr Locality kLocalities[] = {
    {"Palermo, CABA", "11", 60},
    {"Belgrano, CABA", "11", 45},
    {"Recoleta, CABA", "11", 40},
    {"Caballito, CABA", "11", 45},
    {"Flores, CABA", "11", 35},
    {"Almagro, CABA", "11", 30},
    {"Villa Urquiza, CABA", "11", 30},
    {"Villa Crespo, CABA", "11", 25},
    {"Núñez, CABA", "11", 20},
    {"Villa Devoto, CABA", "11", 20},
    {"San Telmo, CABA", "11", 15},
    {"Barracas, CABA", "11", 15},
    {"Boedo, CABA", "11", 15},
    {"Mataderos, CABA", "11", 15},
    {"Villa Lugano, CABA", "11", 15},
    {"Saavedra, CABA", "11", 12},
    {"Balvanera, CABA", "11", 25},
    {"Vicente López, Buenos Aires", "11", 25},
    {"Olivos, Buenos Aires", "11", 20},
    {"San Isidro, Buenos Aires", "11", 25},
    {"Tigre, Buenos Aires", "11", 15},
    {"San Martín, Buenos Aires", "11", 20},
    {"Tres de Febrero, Buenos Aires", "11", 15},
    {"Morón, Buenos Aires", "11", 25},
    {"Ituzaingó, Buenos Aires", "11", 12},
    {"Merlo, Buenos Aires", "11", 15},
    {"San Justo, Buenos Aires", "11", 25},
    {"Ramos Mejía, Buenos Aires", "11", 20},
    {"Avellaneda, Buenos Aires", "11", 25},
    {"Lanús, Buenos Aires", "11", 25},
    {"Lomas de Zamora, Buenos Aires", "11", 25},
    {"Banfield, Buenos Aires", "11", 12},
    {"Quilmes, Buenos Aires", "11", 25},
    {"Bernal, Buenos Aires", "11", 12},
    {"Berazategui, Buenos Aires", "11", 12},
    {"Pilar, Buenos Aires", "230", 15},
    {"Escobar, Buenos Aires", "348", 8},
    {"La Plata, Buenos Aires", "221", 35},
    {"City Bell, Buenos Aires", "221", 6},
    {"Mar del Plata, Buenos Aires", "223", 5},
    {"Córdoba, Córdoba", "351", 5},
    {"Rosario, Santa Fe", "341", 5},
    {"Mendoza, Mendoza", "261", 3},
    {"San Miguel de Tucumán, Tucumán", "381", 3},
    {"Neuquén, Neuquén", "299", 2},
};

constexpr Insurer kInsurers[] = {
    {"OSDE", "61", 9, 22}, {"Swiss Medical", "80", 10, 12}, {"Galeno", "2", 9, 8}, {"PAMI", "15", 12, 15},
    {"IOMA", "3", 10, 10}, {"OSECAC", "1", 10, 8},          {"Medifé", "4", 8, 6}, {"Omint", "9", 8, 4},
    {"", "", 0, 15},
};

constexpr EmailDomain kEmailDomains[] = {
    {"gmail.com", 60},  {"hotmail.com", 18}, {"yahoo.com.ar", 8},
    {"outlook.com", 8}, {"live.com.ar", 3},  {"fibertel.com.ar", 3},
};

// UTF-8 spellings of the accented letters in the lists above and their ASCII folding.
constexpr std::pair<std::string_view, char> kFoldings[] = {
    {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'},
    {"Á", 'a'}, {"É", 'e'}, {"Í", 'i'}, {"Ó", 'o'}, {"Ú", 'u'}, {"Ü", 'u'}, {"Ñ", 'n'},
};

}  // namespace

std::span<const std::string_view> FemaleFirstNames() { return kFemaleFirstNames; }
std::span<const std::string_view> MaleFirstNames() { return kMaleFirstNames; }
std::span<const std::string_view> LastNames() { return kLastNames; }
std::span<const std::string_view> StreetNames() { return kStreetNames; }
std::span<const Locality> Localities() { return kLocalities; }
std::span<const Insurer> Insurers() { return kInsurers; }
std::span<const EmailDomain> EmailDomains() { return kEmailDomains; }

std::string AsciiKey(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
      ++i;
      continue;
    }
    bool folded = false;
    for (const auto& [utf8, ascii] : kFoldings) {
      if (text.substr(i, utf8.size()) == utf8) {
        key += ascii;
        i += utf8.size();
        folded = true;
        break;
      }
    }
    if (!folded) ++i;  // other non-ASCII bytes are dropped one at a time
  }
  return key;
}

}  // namespace healthpulse::app::seed
